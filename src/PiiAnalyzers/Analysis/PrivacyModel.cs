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
/// Everything the rules that follow personal data know about one compilation, built once and shared by every rule of the
/// package: the project's privacy (<see cref="ProjectPrivacy"/>: options, configuration, attributes, consent checks, the
/// marker catalog), the rendering of whole objects and the carrier evaluator, each with its caches. Rules that need only the
/// project's privacy (PII007, PII008, PII900) read <see cref="ProjectPrivacy"/> directly.
/// </summary>
internal sealed class PrivacyModel
{
    /// <summary>The models by the project's privacy, which belongs to one compilation and one configuration.</summary>
    private static readonly ConditionalWeakTable<ProjectPrivacy, PrivacyModel> Models = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SinkRule, SinkCatalog> _sinkCatalogs = new();
    private readonly Compilation _compilation;
    private readonly object _sourceReadingGate = new();
    private SourceReadingFiles? _sourceReadingFiles;

    private PrivacyModel(Compilation compilation, ProjectPrivacy project)
    {
        Project = project;
        _compilation = compilation;
        // The rendering asks what the project's ToString overrides print, which the evaluator (built on the rendering) reads;
        // the evaluator asks what the project's helpers return.
        var ownResults = new OwnResults(compilation, () => Evaluator!);
        Rendering = new PersonalDataRendering(project.Catalog, compilation, ownResults.PrintedBy);
        Evaluator = new CarrierEvaluator(project.Catalog, Rendering, new ConsentConditions(project.Consent), ownResults);
        Bodies = new MethodBodies(compilation);
    }

    public ProjectPrivacy Project { get; }

    /// <summary>
    /// Whether nothing is marked within reach and the model exists for the framework's sources alone: only the files that
    /// read one are analysed (<see cref="ReadsSources"/>), and nothing is a record's marked member.
    /// </summary>
    public bool OnlySources => !Project.MarkersInReach;

    /// <summary>
    /// Whether a file may read a framework value that is personal data: it names one (its words:
    /// <see cref="MarkerReach.Words.FrameworkSource"/>), or names a helper of the compilation that may return one
    /// (<see cref="SourceReadingFiles"/>, worked out on the first question).
    /// </summary>
    public bool ReadsSources(SyntaxTree tree, CancellationToken cancellationToken)
    {
        if (MarkerReach.NamesAFrameworkSource(tree, cancellationToken))
        {
            return true;
        }

        if (Volatile.Read(ref _sourceReadingFiles) is not { } files)
        {
            lock (_sourceReadingGate)
            {
                files = _sourceReadingFiles ??= SourceReadingFiles.Of(_compilation, cancellationToken);
            }
        }

        return files.Contains(tree);
    }

    /// <summary>What the project's <c>PiiAnalyzers.txt</c> declares.</summary>
    public PrivacyConfiguration Configuration => Project.Configuration;

    public PersonalDataCatalog Catalog => Project.Catalog;

    public ConsentCatalog Consent => Project.Consent;

    public PersonalDataRendering Rendering { get; }

    public CarrierEvaluator Evaluator { get; }

    /// <summary>The graphs of the compilation's method bodies that summaries read.</summary>
    public MethodBodies Bodies { get; }

    /// <summary>A sink rule's catalog of this compilation, resolved once (a rule run alone and in the package's pass share it).</summary>
    public SinkCatalog SinkCatalog(SinkRule rule, Compilation compilation) =>
        _sinkCatalogs.GetOrAdd(rule, r => r.CreateCatalog(compilation, this));

    /// <summary>
    /// The model of a compilation, or <see langword="null"/> when no personal data can be marked within its reach and none of
    /// its files reads a framework source (<see cref="ProjectPrivacy.MarkersInReach"/>, <see cref="ProjectPrivacy.SourcesInReach"/>;
    /// the rules then register nothing for it).
    /// </summary>
    public static PrivacyModel? For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        ProjectPrivacy project = ProjectPrivacy.For(compilation, options, cancellationToken);
        return project.MarkersInReach || project.SourcesInReach ? Models.GetValue(project, p => new PrivacyModel(compilation, p)) : null;
    }
}
