using System.Threading.Tasks;
using PiiAnalyzers.Tests.Harness;
using PiiAnalyzers.Rules;

namespace PiiAnalyzers.Tests.Rules.PII008;

using Verify = CSharpAnalyzerVerifier<PrivacyAttributeMisuseAnalyzer>;

/// <summary>Shorthands of the PII008 tests, and the explanations the rule gives (part of the product).</summary>
internal static class Pii008
{
    /// <summary>What every test source starts with.</summary>
    public const string Usings = "using System; using System.Threading.Tasks; using PiiAnalyzers;\n";

    public const string NotBoolOrVoid =
        "is ignored: a consent check must return bool (true means consent is given) or be void (it returns only with consent); this one returns '{0}'";

    public const string PropertyNotBool = "is ignored: a consent check property must be bool (true means consent is given); this one is '{0}'";

    public const string OnAccessor = "is ignored on an accessor: put it on the property";

    public const string NoPurpose =
        "has no purpose: name it in the attribute ([ConsentCheck(ConsentPurpose.Marketing)]) or take a ConsentPurpose parameter";

    public const string PropertyNoPurpose = "has no purpose: name it in the attribute ([ConsentCheck(ConsentPurpose.Marketing)])";

    public const string TwoPurposes = "names a purpose and takes one: the attribute's purpose wins and the argument is ignored";

    public const string RequiresWhatItChecks = "makes a consent check require the consent it checks";

    public const string RedactorIgnored = "is ignored: a redactor takes the personal data and returns what may be shown instead";

    public const string Contradicts = "contradicts [NotPersonalData] on the same {0}";

    /// <summary>PII008 at markup location <paramref name="location"/>: <c>[attribute] on 'member' explanation</c>.</summary>
    public static DiagnosticResult At(int location, string attribute, string member, string explanation) =>
        Verify.Diagnostic().WithLocation(location).WithArguments(attribute, member, explanation);

    /// <summary>Runs PII008 over the source and compares every diagnostic.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) =>
        Verify.VerifyAnalyzerAsync(Usings + source, expected);

    /// <summary>An explanation with its blank filled.</summary>
    public static string Say(string explanation, string blank) => explanation.Replace("{0}", blank, System.StringComparison.Ordinal);
}
