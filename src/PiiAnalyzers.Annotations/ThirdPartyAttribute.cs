using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Marks a recipient outside the organisation: every member of the type (and of the types implementing a
    /// marked interface), or the marked method. Personal data passed to it is shared with a third party and
    /// needs consent for the purpose.
    /// </summary>
    [AttributeUsage(
        AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Method,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class ThirdPartyAttribute : Attribute
    {
        /// <summary>A recipient for <see cref="ConsentPurpose.ThirdPartySharing"/>.</summary>
        public ThirdPartyAttribute()
            : this(ConsentPurpose.ThirdPartySharing)
        {
        }

        /// <summary>A recipient for the given purpose.</summary>
        /// <param name="purpose">What the recipient uses the data for (for example <see cref="ConsentPurpose.Marketing"/>).</param>
        public ThirdPartyAttribute(ConsentPurpose purpose)
        {
            Purpose = purpose;
        }

        /// <summary>What the recipient uses the data for.</summary>
        public ConsentPurpose Purpose { get; }
    }
}
