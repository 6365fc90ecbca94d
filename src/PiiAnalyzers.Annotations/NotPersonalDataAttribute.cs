using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Says that a member or type is not personal data although it looks like it (or its type is marked), with
    /// the reason. It silences the rules for that member and documents the decision for reviewers.
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter |
        AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class NotPersonalDataAttribute : Attribute
    {
        /// <summary>Declares the member or type not personal data.</summary>
        /// <param name="reason">Why it is not personal data, for the next reviewer.</param>
        public NotPersonalDataAttribute(string reason)
        {
            Reason = reason;
        }

        /// <summary>Why the member or type is not personal data.</summary>
        public string Reason { get; }
    }
}
