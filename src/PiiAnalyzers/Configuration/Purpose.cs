namespace PiiAnalyzers.Configuration;

/// <summary>
/// The analyzers' copy of <c>PiiAnalyzers.ConsentPurpose</c> (same names, same values; a meta-test keeps them
/// equal). The analyzers never reference the annotations assembly.
/// </summary>
internal enum Purpose
{
    ThirdPartySharing,
    Marketing,
    Analytics,
    Personalization,
    Diagnostics,
    Transfer,
    PublicDisclosure,
    CrossBorderTransfer,
}
