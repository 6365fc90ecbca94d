using System.Collections.Generic;
using System.Collections.Immutable;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// Assembly names with <c>*</c> for any characters (<c>Contoso.*</c>, <c>Legacy.Core</c>), matched without regard to
/// case, as <c>pii_analyzers.infer_personal_data_assemblies</c> lists them.
/// </summary>
internal sealed class AssemblyNamePatterns
{
    public static readonly AssemblyNamePatterns None = new(ImmutableArray<string>.Empty);

    private static readonly char[] Separators = { ',', ';' };

    public AssemblyNamePatterns(ImmutableArray<string> patterns) => Patterns = patterns;

    public ImmutableArray<string> Patterns { get; }

    public bool IsEmpty => Patterns.IsEmpty;

    /// <summary>The entries of an option value: separated by commas or semicolons, trimmed, empty ones left out.</summary>
    public static IEnumerable<string> Split(string value)
    {
        foreach (string entry in value.Split(Separators))
        {
            string trimmed = entry.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>Letters, digits, <c>_</c>, <c>-</c>, <c>.</c> and <c>*</c>; at least one that is not <c>.</c>.</summary>
    public static bool IsValid(string pattern)
    {
        bool any = false;
        foreach (char c in pattern)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or '*'))
            {
                return false;
            }

            any |= c != '.';
        }

        return any;
    }

    /// <summary>The first pattern the name matches, or <see langword="null"/>.</summary>
    public string? Match(string assemblyName)
    {
        foreach (string pattern in Patterns)
        {
            if (Matches(pattern, assemblyName))
            {
                return pattern;
            }
        }

        return null;
    }

    /// <summary>Wildcard matching with one backtracking point (the last <c>*</c>): at most pattern × name steps.</summary>
    private static bool Matches(string pattern, string name)
    {
        int p = 0, n = 0, star = -1, resume = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && pattern[p] != '*' && char.ToUpperInvariant(pattern[p]) == char.ToUpperInvariant(name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
