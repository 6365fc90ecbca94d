using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Marks a method whose result is not personal data whatever its arguments: a mask, a keyed hash, a
    /// pseudonym. The analyzers stop following data at its call, and the fixes prefer it to <see cref="Redact"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class RedactorAttribute : Attribute
    {
    }
}
