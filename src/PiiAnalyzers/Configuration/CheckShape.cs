namespace PiiAnalyzers.Configuration;

/// <summary>How a consent check answers.</summary>
internal enum CheckShape
{
    /// <summary>Not a consent check.</summary>
    None,

    /// <summary>A <c>bool</c> method or property: <see langword="true"/> means consent is given.</summary>
    Answers,

    /// <summary>A <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c> method: its awaited result answers.</summary>
    AnswersAsync,

    /// <summary>A <c>void</c> (or <c>Task</c>) method: returning at all means consent is given.</summary>
    Returns,
}
