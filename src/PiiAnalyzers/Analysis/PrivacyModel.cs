using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Flow;
using PiiAnalyzers.Model;
using PiiAnalyzers.Serialization;
using PiiAnalyzers.Sinks;

namespace PiiAnalyzers.Analysis;

/// <summary>
/// Everything the privacy rules know about one compilation, built once and shared by every rule of the
/// package: the marker catalog, the rendering of whole objects and the carrier evaluator, each with its caches.
/// </summary>
internal sealed class PrivacyModel
{
    private static readonly ConditionalWeakTable<Compilation, PrivacyModel?[]> Models = new();

    private PrivacyModel(Compilation compilation, PersonalDataCatalog catalog, ConsentCatalog consent, PrivacyConfiguration configuration)
    {
        Configuration = configuration;
        Catalog = catalog;
        Consent = consent;
        // The rendering asks what the project's ToString overrides print, which the evaluator (built on the rendering) reads.
        var ownToStrings = new OwnToStrings(compilation, () => Evaluator!);
        Rendering = new PersonalDataRendering(catalog, compilation, ownToStrings.PrintedBy);
        Evaluator = new CarrierEvaluator(catalog, Rendering, new ConsentConditions(consent));
        Bodies = new MethodBodies(compilation);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SinkRule, SinkCatalog> _sinkCatalogs = new();

    /// <summary>What the project's <c>PiiAnalyzers.txt</c> declares.</summary>
    public PrivacyConfiguration Configuration { get; }

    public PersonalDataCatalog Catalog { get; }

    public ConsentCatalog Consent { get; }

    public PersonalDataRendering Rendering { get; }

    public CarrierEvaluator Evaluator { get; }

    /// <summary>The graphs of the compilation's method bodies that summaries read.</summary>
    public MethodBodies Bodies { get; }

    /// <summary>A sink rule's catalog of this compilation, resolved once (a rule run alone and in the package's pass share it).</summary>
    public SinkCatalog SinkCatalog(SinkRule rule, Compilation compilation) =>
        _sinkCatalogs.GetOrAdd(rule, r => r.CreateCatalog(compilation, this));

    /// <summary>
    /// The model of a compilation, or <see langword="null"/> when no personal data can be marked within its reach (the
    /// rules then register nothing for it): inference mode is off, its <c>PiiAnalyzers.txt</c> declares no personal data,
    /// it does not reference Microsoft.Extensions.Compliance's classifications, and no marker is in use in its files, its
    /// projects or its assemblies (<see cref="MarkerReach"/>).
    /// </summary>
    public static PrivacyModel? For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        PrivacyModel?[] holder = Models.GetValue(compilation, c => Create(c, options, cancellationToken));
        return holder[0];
    }

    private static PrivacyModel?[] Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        PrivacyConfiguration configuration = PrivacyConfiguration.For(compilation, options, cancellationToken);
        PersonalDataInferenceScope? inference = PersonalDataInferenceScope.For(compilation, options);
        bool markersInReach = inference is not null || configuration.DeclaresPersonalData ||
            !PrivacyAttributeTypes.For(compilation).DataClassification.IsEmpty ||
            MarkerReach.PersonalDataInReach(compilation, cancellationToken);
        return new[]
        {
            markersInReach
                ? new PrivacyModel(compilation, PersonalDataCatalog.Create(compilation, configuration, inference), ConsentCatalog.For(compilation, configuration), configuration)
                : null,
        };
    }
}
