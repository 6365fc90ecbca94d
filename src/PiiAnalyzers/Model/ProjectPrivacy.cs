using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// What every rule reads of a compilation, resolved once and shared by all of them: the project's options, its
/// <c>PiiAnalyzers.txt</c>, the privacy attribute types within its reach, its consent checks, its inference scope, whether
/// personal data can be marked within its reach, and (built on first use) the catalog of what is. Rules that follow
/// personal data to sinks get it through <c>Analysis.PrivacyModel</c>, which is built on this.
/// </summary>
internal sealed class ProjectPrivacy
{
    /// <summary>The privacy of a compilation by its configuration: an edit of <c>PiiAnalyzers.txt</c> alone keeps the compilation.</summary>
    private static readonly ConditionalWeakTable<Compilation, ConditionalWeakTable<PrivacyConfiguration, ProjectPrivacy>> Projects = new();

    private readonly Lazy<PersonalDataCatalog> _catalog;

    private ProjectPrivacy(Compilation compilation, AnalyzerOptions options, PrivacyConfiguration configuration, CancellationToken cancellationToken)
    {
        Options = ProjectOptions.For(compilation, options);
        Configuration = configuration;
        Attributes = PrivacyAttributeTypes.For(compilation);
        Consent = ConsentCatalog.For(compilation, Configuration, cancellationToken);
        RecipientsInReach = Configuration.DeclaresThirdParties ||
            (!Attributes.ThirdParty.IsEmpty && MarkerReach.AttributeInReach(compilation, MarkerReach.Words.ThirdParty, cancellationToken));
        Inference = PersonalDataInferenceScope.For(compilation, options);

        // Every package run asks it first (the sink rules bail out on it), so it is answered here, on the first rule's thread.
        MarkersInReach = Inference is not null || Configuration.DeclaresPersonalData || !Attributes.DataClassification.IsEmpty ||
            MarkerReach.PersonalDataInReach(compilation, cancellationToken);
        SourcesInReach = !MarkersInReach && MarkerReach.InSource(compilation, MarkerReach.Words.FrameworkSource, cancellationToken);
        _catalog = new Lazy<PersonalDataCatalog>(() => PersonalDataCatalog.Create(compilation, Configuration, Inference), LazyThreadSafetyMode.PublicationOnly);
    }

    /// <summary>
    /// Whether a recipient can be declared within reach: <c>[ThirdParty]</c> is written in the project's files, its projects'
    /// or a built assembly that uses the annotations, or <c>PiiAnalyzers.txt</c> declares one. Where none can, no call's
    /// target is searched for one.
    /// </summary>
    public bool RecipientsInReach { get; }

    /// <summary>The <c>pii_analyzers.*</c> options of the project.</summary>
    public ProjectOptions Options { get; }

    /// <summary>What the project's <c>PiiAnalyzers.txt</c> declares.</summary>
    public PrivacyConfiguration Configuration { get; }

    public PrivacyAttributeTypes Attributes { get; }

    public ConsentCatalog Consent { get; }

    /// <summary>Where inference mode is on, or <see langword="null"/> when it is off everywhere.</summary>
    public PersonalDataInferenceScope? Inference { get; }

    /// <summary>
    /// Whether personal data can be marked within the compilation's reach: inference mode is on, its <c>PiiAnalyzers.txt</c>
    /// declares personal data, it references Microsoft.Extensions.Compliance's classifications, or a marker is in use in its
    /// files, its projects or its assemblies (<see cref="MarkerReach"/>). A visible marker type is not a use.
    /// </summary>
    public bool MarkersInReach { get; }

    /// <summary>
    /// Whether, with no marker in reach, a file of the compilation reads a framework value that is personal data
    /// (<c>Sources.FrameworkSourceTable</c>): then the flow rules analyse those files only.
    /// </summary>
    public bool SourcesInReach { get; }

    /// <summary>What is personal data in the compilation and its references.</summary>
    public PersonalDataCatalog Catalog => _catalog.Value;

    /// <summary>The privacy of a compilation, built on first use with its options.</summary>
    public static ProjectPrivacy For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        PrivacyConfiguration configuration = PrivacyConfiguration.For(compilation, options, cancellationToken);
        return Projects.GetValue(compilation, static _ => new ConditionalWeakTable<PrivacyConfiguration, ProjectPrivacy>())
            .GetValue(configuration, c => new ProjectPrivacy(compilation, options, c, cancellationToken));
    }
}
