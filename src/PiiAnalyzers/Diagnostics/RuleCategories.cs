namespace PiiAnalyzers.Diagnostics;

/// <summary>The registry of rule categories.</summary>
internal static class RuleCategories
{
    /// <summary>Personal data leaving the process without redaction or consent.</summary>
    public const string Privacy = "Privacy";

    /// <summary>The privacy attributes and their use.</summary>
    public const string Annotations = "Annotations";

    /// <summary>Consent checks and their results.</summary>
    public const string Consent = "Consent";

    /// <summary>The package's own configuration (.editorconfig options, PiiAnalyzers.txt).</summary>
    public const string Configuration = "Configuration";

    /// <summary>Every category, for the meta-tests.</summary>
    public static readonly string[] All = { Privacy, Annotations, Consent, Configuration };
}
