namespace PiiAnalyzers
{
    /// <summary>What a person has consented to. A sink needs consent for its own purpose: logs
    /// <see cref="Diagnostics"/>, serialization <see cref="Transfer"/>, third parties
    /// <see cref="ThirdPartySharing"/> or the purpose their <see cref="ThirdPartyAttribute"/> names.</summary>
    public enum ConsentPurpose
    {
        /// <summary>Providing the data to a third party (the default purpose of a <see cref="ThirdPartyAttribute"/>).</summary>
        ThirdPartySharing,

        /// <summary>Marketing, by the organisation or its partners.</summary>
        Marketing,

        /// <summary>Analytics and statistics.</summary>
        Analytics,

        /// <summary>Personalised content and recommendations.</summary>
        Personalization,

        /// <summary>Diagnostics: logs, traces and telemetry.</summary>
        Diagnostics,

        /// <summary>Transfer of the data out of the process: serialized payloads, caches, queues.</summary>
        Transfer,

        /// <summary>Public disclosure of the data (needs express consent).</summary>
        PublicDisclosure,

        /// <summary>Transfer of the data to another jurisdiction.</summary>
        CrossBorderTransfer,
    }
}
