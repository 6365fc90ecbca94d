using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// What the project declares in <c>PiiAnalyzers.txt</c> (an <c>AdditionalFiles</c> item) about code it cannot
/// annotate: personal data, members that are not personal data, third-party recipients, consent checks,
/// redactors, and extra log and serialization sinks, each by documentation-comment id. Read and resolved once
/// per compilation (<see cref="For"/>); the catalogs consult it beside the attributes.
/// </summary>
internal sealed class PrivacyConfiguration
{
    /// <summary>The name of the configuration file among the additional files.</summary>
    public const string FileName = "PiiAnalyzers.txt";

    public static readonly PrivacyConfiguration Empty = new Builder().Build();

    /// <summary>
    /// The configurations of a compilation, by the text of its <c>PiiAnalyzers.txt</c> files: an editor keeps the compilation
    /// when only an additional file changes, and the next analysis must see the new lines.
    /// </summary>
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<string, PrivacyConfiguration>> Loaded = new();

    private readonly ImmutableDictionary<ISymbol, string> _personalData;
    private readonly ImmutableHashSet<ISymbol> _notPersonalData;
    private readonly ImmutableDictionary<ISymbol, Purpose> _thirdParties;
    private readonly ImmutableHashSet<ISymbol> _firstParties;
    private readonly ImmutableHashSet<string> _firstPartyClients;
    private readonly ImmutableDictionary<ISymbol, Purpose?> _consentChecks;
    private readonly ImmutableHashSet<ISymbol> _redactors;
    private readonly ImmutableHashSet<ISymbol> _logSinks;
    private readonly ImmutableHashSet<ISymbol> _serializationSinks;

    private PrivacyConfiguration(Builder builder)
    {
        _personalData = builder.PersonalData.ToImmutable();
        _notPersonalData = builder.NotPersonalData.ToImmutable();
        _thirdParties = builder.ThirdParties.ToImmutable();
        _firstParties = builder.FirstParties.ToImmutable();
        PersonalDataWords = builder.PersonalDataWords.ToImmutable();
        NotPersonalDataWords = builder.NotPersonalDataWords.ToImmutable();
        _firstPartyClients = builder.FirstPartyClients.ToImmutable();
        _consentChecks = builder.ConsentChecks.ToImmutable();
        _redactors = builder.Redactors.ToImmutable();
        _logSinks = builder.LogSinks.ToImmutable();
        _serializationSinks = builder.SerializationSinks.ToImmutable();
        Errors = builder.Errors.ToImmutable();
    }

    /// <summary>The lines of the configuration files that could not be used, with why.</summary>
    public ImmutableArray<ConfigurationError> Errors { get; }

    /// <summary>Whether the configuration declares any personal data.</summary>
    public bool DeclaresPersonalData => !_personalData.IsEmpty;

    /// <summary>Whether the configuration declares any symbol personal data or not personal data.</summary>
    public bool DeclaresMarkings => !_personalData.IsEmpty || !_notPersonalData.IsEmpty;

    /// <summary>Whether the configuration declares any consent check.</summary>
    public bool DeclaresConsentChecks => !_consentChecks.IsEmpty;

    /// <summary>Whether the configuration declares any log sink.</summary>
    public bool DeclaresLogSinks => !_logSinks.IsEmpty;

    /// <summary>Whether the configuration declares any third-party recipient.</summary>
    public bool DeclaresThirdParties => !_thirdParties.IsEmpty;

    /// <summary>
    /// The team's own words for inference mode, <c>personal_data_word</c>: a name ending in one (its words in lower case, run
    /// together: <c>memberno</c>) is taken for personal data of the kind.
    /// </summary>
    public ImmutableDictionary<string, string> PersonalDataWords { get; }

    /// <summary>The team's words that never make a name personal data, <c>not_personal_data_word</c>, in lower case, run together.</summary>
    public ImmutableHashSet<string> NotPersonalDataWords { get; }

    /// <summary>Whether the configuration declares any first-party client type or named client.</summary>
    public bool DeclaresFirstParties => !_firstParties.IsEmpty || !_firstPartyClients.IsEmpty;

    /// <summary>Whether the configuration declares any serialization sink.</summary>
    public bool DeclaresSerializationSinks => !_serializationSinks.IsEmpty;

    /// <summary>
    /// The configuration of a compilation, from its <c>PiiAnalyzers.txt</c> additional files (read once; every
    /// analyzer of the compilation sees the same).
    /// </summary>
    public static PrivacyConfiguration For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken) =>
        Loaded.GetValue(compilation, static _ => new ConcurrentDictionary<string, PrivacyConfiguration>(StringComparer.Ordinal))
            .GetOrAdd(ConfigurationFile.VersionOf(options.AdditionalFiles, cancellationToken), _ => ConfigurationFile.Load(compilation, options.AdditionalFiles, cancellationToken));

    /// <summary>The kind of personal data a member, parameter, method (its return value) or type is declared as.</summary>
    public string? PersonalDataKind(ISymbol symbol) => _personalData.TryGetValue(symbol.OriginalDefinition, out string? kind) ? kind : null;

    public bool IsNotPersonalData(ISymbol symbol) => _notPersonalData.Contains(symbol.OriginalDefinition);

    /// <summary>The purpose of a type or method declared a third-party recipient.</summary>
    public Purpose? ThirdPartyPurpose(ISymbol typeOrMethod) =>
        _thirdParties.TryGetValue(typeOrMethod.OriginalDefinition, out Purpose purpose) ? purpose : null;

    /// <summary>Whether a method or property is declared a consent check, and its purpose (null: from the call's argument).</summary>
    public bool IsConsentCheck(ISymbol member, out Purpose? purpose) => _consentChecks.TryGetValue(member.OriginalDefinition, out purpose);

    /// <summary>The methods and properties declared consent checks (<c>consent_check</c>).</summary>
    public System.Collections.Generic.IEnumerable<ISymbol> ConsentChecks => _consentChecks.Keys;

    public bool IsRedactor(IMethodSymbol method) => _redactors.Contains(method.OriginalDefinition);

    public bool IsLogSink(IMethodSymbol method) => _logSinks.Contains(method.OriginalDefinition);

    public bool IsSerializationSink(IMethodSymbol method) => _serializationSinks.Contains(method.OriginalDefinition);

    /// <summary>Whether the type is declared <c>first_party</c>: a client of the organisation's own service.</summary>
    public bool IsFirstParty(INamedTypeSymbol type) => _firstParties.Contains(type.OriginalDefinition);

    /// <summary>Whether the named HTTP client (<c>IHttpClientFactory.CreateClient("ordering")</c>) is declared <c>first_party client:ordering</c>.</summary>
    public bool IsFirstPartyClient(string name) => _firstPartyClients.Contains(name);

    /// <summary>Collects the declarations of the configuration files.</summary>
    internal sealed class Builder
    {
        public ImmutableDictionary<ISymbol, string>.Builder PersonalData { get; } = ImmutableDictionary.CreateBuilder<ISymbol, string>(SymbolEqualityComparer.Default);

        public ImmutableHashSet<ISymbol>.Builder NotPersonalData { get; } = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        public ImmutableDictionary<ISymbol, Purpose>.Builder ThirdParties { get; } = ImmutableDictionary.CreateBuilder<ISymbol, Purpose>(SymbolEqualityComparer.Default);

        public ImmutableDictionary<string, string>.Builder PersonalDataWords { get; } = ImmutableDictionary.CreateBuilder<string, string>(System.StringComparer.Ordinal);

        public ImmutableHashSet<string>.Builder NotPersonalDataWords { get; } = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);

        public ImmutableHashSet<ISymbol>.Builder FirstParties { get; } = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        public ImmutableHashSet<string>.Builder FirstPartyClients { get; } = ImmutableHashSet.CreateBuilder<string>(System.StringComparer.Ordinal);

        public ImmutableDictionary<ISymbol, Purpose?>.Builder ConsentChecks { get; } = ImmutableDictionary.CreateBuilder<ISymbol, Purpose?>(SymbolEqualityComparer.Default);

        public ImmutableHashSet<ISymbol>.Builder Redactors { get; } = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        public ImmutableHashSet<ISymbol>.Builder LogSinks { get; } = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        public ImmutableHashSet<ISymbol>.Builder SerializationSinks { get; } = ImmutableHashSet.CreateBuilder<ISymbol>(SymbolEqualityComparer.Default);

        public ImmutableArray<ConfigurationError>.Builder Errors { get; } = ImmutableArray.CreateBuilder<ConfigurationError>();

        public PrivacyConfiguration Build() => new(this);
    }
}

/// <summary>A line of a configuration file that could not be used: where, and why.</summary>
internal sealed class ConfigurationError
{
    public ConfigurationError(AdditionalText file, TextSpan span, LinePositionSpan lines, string message)
    {
        File = file;
        Span = span;
        Lines = lines;
        Message = message;
    }

    public AdditionalText File { get; }

    public TextSpan Span { get; }

    public LinePositionSpan Lines { get; }

    /// <summary>Why the line could not be used, e.g. <c>'P:Vendor.Customer.Emial' names nothing in this compilation</c>.</summary>
    public string Message { get; }

    /// <summary>Where the line is, for a diagnostic in the additional file.</summary>
    public Location Location => Location.Create(File.Path, Span, Lines);
}
