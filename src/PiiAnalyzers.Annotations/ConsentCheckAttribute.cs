using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Marks a consent check. On a <see cref="bool"/> method or property, <see langword="true"/> means consent is
    /// given; on a <see langword="void"/> method, returning at all means consent is given (it throws otherwise).
    /// Code that runs only after the check, on every path, may send personal data to sinks of the purpose.
    /// </summary>
    /// <example><code>
    /// [ConsentCheck]
    /// public bool HasConsent(Customer customer, ConsentPurpose purpose) => ...;
    ///
    /// if (consents.HasConsent(customer, ConsentPurpose.Diagnostics))
    ///     logger.LogInformation("Registered {Email}", customer.Email);
    /// </code></example>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
    public sealed class ConsentCheckAttribute : Attribute
    {
        /// <summary>A check whose purpose is the constant <see cref="ConsentPurpose"/> argument of each call.</summary>
        public ConsentCheckAttribute()
        {
        }

        /// <summary>A check for one purpose.</summary>
        /// <param name="purpose">The purpose the check establishes consent for.</param>
        public ConsentCheckAttribute(ConsentPurpose purpose)
        {
            Purpose = purpose;
        }

        /// <summary>The purpose this check is for, or <see langword="null"/> when it comes from the call's argument.</summary>
        public ConsentPurpose? Purpose { get; }
    }
}
