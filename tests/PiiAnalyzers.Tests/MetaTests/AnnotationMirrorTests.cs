using System.Linq;
using System;
using PiiAnalyzers.Configuration;
using Xunit;

namespace PiiAnalyzers.Tests.MetaTests;

/// <summary>
/// The analyzers never reference the annotations assembly: they keep their own copies of its enums and names.
/// These tests keep the copies equal to the public API.
/// </summary>
public class AnnotationMirrorTests
{
    [Fact]
    public void PurposeMirrorsConsentPurpose() =>
        Assert.Equal(
            Enum.GetValues<ConsentPurpose>().Select(p => ((int)p, p.ToString())),
            Enum.GetValues<Purpose>().Select(p => ((int)p, p.ToString())));

    [Fact]
    public void KindNamesMirrorPersonalDataKind() =>
        Assert.Equal(
            Enum.GetValues<PersonalDataKind>().OrderBy(k => (int)k).Select(k => k.ToString()),
            PrivacyAttributeNames.PersonalDataKinds);

    [Theory]
    [InlineData(typeof(PersonalDataAttribute), PrivacyAttributeNames.PersonalData)]
    [InlineData(typeof(NotPersonalDataAttribute), PrivacyAttributeNames.NotPersonalData)]
    [InlineData(typeof(RedactorAttribute), PrivacyAttributeNames.Redactor)]
    [InlineData(typeof(ConsentCheckAttribute), PrivacyAttributeNames.ConsentCheck)]
    [InlineData(typeof(ThirdPartyAttribute), PrivacyAttributeNames.ThirdParty)]
    [InlineData(typeof(RequiresConsentAttribute), PrivacyAttributeNames.RequiresConsent)]
    [InlineData(typeof(ConsentPurpose), PrivacyAttributeNames.ConsentPurpose)]
    public void MetadataNamesMatchThePublicTypes(Type type, string metadataName) => Assert.Equal(type.FullName, metadataName);
}
