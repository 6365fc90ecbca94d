using System;
using System.Collections.Immutable;

namespace PiiAnalyzers.Sinks;

/// <summary>One library where a payload leaves: its namespace and its sending methods, by whole name or by the start of it.</summary>
internal sealed class PayloadDestination
{
    private readonly bool _exact;

    public PayloadDestination(string ns, bool exact, params string[] methods)
    {
        Namespace = ns;
        _exact = exact;
        Methods = ImmutableArray.Create(methods);
    }

    public string Namespace { get; }

    public ImmutableArray<string> Methods { get; }

    /// <summary>Whether a method of the library's types sends what it is given.</summary>
    public bool Sends(string methodName)
    {
        foreach (string method in Methods)
        {
            if (_exact ? methodName == method : methodName.StartsWith(method, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
