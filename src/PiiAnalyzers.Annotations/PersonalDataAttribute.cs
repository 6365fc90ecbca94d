using System;

namespace PiiAnalyzers
{
    /// <summary>
    /// Marks personal data: a field, property, parameter or return value that holds it, or a type whose every
    /// instance and member is personal data. The analyzers follow marked values to logs, serialized payloads
    /// and third parties, and ask for redaction or a consent check there.
    /// </summary>
    /// <example><code>
    /// public sealed class Customer
    /// {
    ///     [PersonalData(PersonalDataKind.Email)] public string Email { get; set; }
    /// }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.ReturnValue |
        AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = false,
        Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Marks personal data of kind <see cref="PersonalDataKind.Other"/>.</summary>
        public PersonalDataAttribute()
            : this(PersonalDataKind.Other)
        {
        }

        /// <summary>Marks personal data of the given kind.</summary>
        /// <param name="kind">What the data is; diagnostics name it.</param>
        public PersonalDataAttribute(PersonalDataKind kind)
        {
            Kind = kind;
        }

        /// <summary>What the data is.</summary>
        public PersonalDataKind Kind { get; }

        /// <summary>
        /// Whether the data is of a special category (health, beliefs, data of minors…). Credentials, government
        /// ids, payment cards and bank accounts are sensitive whatever this says.
        /// </summary>
        public bool Sensitive { get; set; }
    }
}
