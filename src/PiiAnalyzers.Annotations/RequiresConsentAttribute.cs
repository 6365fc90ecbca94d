using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Says that consent for a purpose is the callers' duty: inside the member it is assumed, and every call to
    /// it is a sink that needs it (as <c>[SupportedOSPlatform]</c> works for platform checks).
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property,
        AllowMultiple = true,
        Inherited = true)]
    public sealed class RequiresConsentAttribute : Attribute
    {
        /// <summary>Requires consent for the purpose from every caller.</summary>
        /// <param name="purpose">The purpose callers must have consent for.</param>
        public RequiresConsentAttribute(ConsentPurpose purpose)
        {
            Purpose = purpose;
        }

        /// <summary>The purpose callers must have consent for.</summary>
        public ConsentPurpose Purpose { get; }
    }
}
