using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// Whether privacy attributes are in use within reach of a compilation, decided before anything is bound, so that a
/// project that marks nothing pays (almost) nothing. A visible attribute <em>type</em> is not a use: ASP.NET Core's
/// shared framework brings Identity's <c>[PersonalData]</c> to every web project. A use is
/// <list type="bullet">
/// <item>the attribute's name (or <c>IdentityUser</c>, whose members Identity marks) in the text of a source file of
/// the compilation or of a project it references as a compilation (as editors load a solution): a word in a comment
/// counts too, which costs a needless analysis, never a missed one;</item>
/// <item>a built assembly of the solution or a package that references <c>PiiAnalyzers.Annotations</c>,
/// Identity's stores or Microsoft.Extensions.Compliance (a compiler keeps only the references it uses), or declares its
/// own copy of the attributes.</item>
/// </list>
/// Apart from markers, a file that reads a framework value that is personal data (<c>RemoteIpAddress</c>, a user's claims) is
/// searched for: only such files are analysed in a project that marks nothing (<see cref="Words.FrameworkSource"/>).
/// Each file is searched once (its answer is kept while the tree lives, across compilations of the same project);
/// each reference is looked at once per compilation, for every question asked of it.
/// </summary>
internal static class MarkerReach
{
    private const string Annotations = "PiiAnalyzers.Annotations";

    private static readonly ConditionalWeakTable<SyntaxTree, StrongBox<Words>> WordsOfTree = new();

    private static readonly ConditionalWeakTable<Compilation, Reach> ReachOfCompilation = new();

    private static readonly string[] OwnAttributes =
    {
        PrivacyAttributeNames.PersonalData, PrivacyAttributeNames.ConsentCheck, PrivacyAttributeNames.ThirdParty,
        PrivacyAttributeNames.RequiresConsent, PrivacyAttributeNames.Redactor, PrivacyAttributeNames.NotPersonalData,
    };

    /// <summary>
    /// The words searched, and whether each must stand as a name of its own: <c>ThirdParty</c> (or <c>ThirdPartyAttribute</c>),
    /// not the start of <c>ConsentPurpose.ThirdPartySharing</c>, which most projects that declare consent checks write.
    /// The others are found anywhere (<c>PersonalData</c> in <c>ProtectedPersonalData</c> too).
    /// </summary>
    private static readonly (string Text, Words Word, bool WholeName)[] Searched =
    {
        ("PersonalData", Words.PersonalData, false),
        ("IdentityUser", Words.IdentityUser, false),
        ("ConsentCheck", Words.ConsentCheck, false),
        ("RequiresConsent", Words.RequiresConsent, false),
        ("ThirdParty", Words.ThirdParty, true),
        ("Redactor", Words.Redactor, false),

        // The framework's sources (FrameworkSourceTable), by the words their use is written with: reading one makes the
        // project worth analysing with no marker at all. "Authorization" and "Cookie" alone are not among them, as every
        // controller imports Microsoft.AspNetCore.Authorization and cookie authentication.
        ("RemoteIpAddress", Words.FrameworkSource, false),
        ("UserAgent", Words.FrameworkSource, false),
        ("User-Agent", Words.FrameworkSource, false),
        ("XForwardedFor", Words.FrameworkSource, false),
        ("X-Forwarded-For", Words.FrameworkSource, false),
        ("X-Real-IP", Words.FrameworkSource, false),
        ("Referer", Words.FrameworkSource, false),
        ("Headers.Authorization", Words.FrameworkSource, false),
        ("\"Authorization\"", Words.FrameworkSource, false),
        ("Headers.Cookie", Words.FrameworkSource, false),
        ("\"Cookie\"", Words.FrameworkSource, false),
        ("Cookies[", Words.FrameworkSource, false),
        ("FindFirst", Words.FrameworkSource, false),
        ("Identity.Name", Words.FrameworkSource, false),
        ("Identity?.Name", Words.FrameworkSource, false),
        ("Identity!.Name", Words.FrameworkSource, false),
        ("GetEmailAsync", Words.FrameworkSource, false),
        ("GetPhoneNumberAsync", Words.FrameworkSource, false),
        ("GetUserName", Words.FrameworkSource, false),
    };

    /// <summary>The words of the privacy attributes a source file can contain.</summary>
    [Flags]
    public enum Words
    {
        None = 0,

        /// <summary><c>PersonalData</c>, also in <c>ProtectedPersonalData</c> and <c>NotPersonalData</c>.</summary>
        PersonalData = 1,

        /// <summary>ASP.NET Core Identity's user, whose members Identity marks <c>[PersonalData]</c>.</summary>
        IdentityUser = 2,

        ConsentCheck = 4,

        RequiresConsent = 8,

        ThirdParty = 16,

        Redactor = 32,

        /// <summary>A use of a framework value that is personal data (<c>RemoteIpAddress</c>, <c>FindFirstValue</c>, …).</summary>
        FrameworkSource = 64,

        /// <summary>What marks personal data.</summary>
        Markers = PersonalData | IdentityUser,

        /// <summary>Every privacy attribute.</summary>
        Attributes = PersonalData | ConsentCheck | RequiresConsent | ThirdParty | Redactor,
    }

    /// <summary>Whether personal data can be marked within reach: in the compilation's files, its projects' or its assemblies.</summary>
    public static bool PersonalDataInReach(Compilation compilation, CancellationToken cancellationToken)
    {
        Reach reach = ReachOf(compilation, cancellationToken);
        return (reach.Words & Words.Markers) != 0 || reach.AssembliesUseAnnotations || reach.AssembliesUseIdentityOrCompliance;
    }

    /// <summary>Whether a consent check can be declared within reach.</summary>
    public static bool ConsentChecksInReach(Compilation compilation, CancellationToken cancellationToken) =>
        AttributeInReach(compilation, Words.ConsentCheck | Words.RequiresConsent, cancellationToken);

    /// <summary>
    /// Whether one of the package's attributes (<see cref="Words.RequiresConsent"/>, <see cref="Words.ThirdParty"/>) is in use in
    /// the compilation's files, its projects or a built assembly that references the annotations: a visible attribute type
    /// is not a use, and where none is in use no symbol needs its attributes read for it.
    /// </summary>
    public static bool AttributeInReach(Compilation compilation, Words attribute, CancellationToken cancellationToken)
    {
        Reach reach = ReachOf(compilation, cancellationToken);
        return (reach.Words & attribute) != 0 || reach.AssembliesUseAnnotations;
    }

    /// <summary>Whether any of the words occurs in a source file of the compilation itself.</summary>
    public static bool InSource(Compilation compilation, Words words, CancellationToken cancellationToken)
    {
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            if ((Of(tree, cancellationToken) & words) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What is in reach of a compilation, looked at once per compilation for every question above.</summary>
    private static Reach ReachOf(Compilation compilation, CancellationToken cancellationToken)
    {
        if (ReachOfCompilation.TryGetValue(compilation, out Reach? known))
        {
            return known;
        }

        // Computed outside the table's lock, so that a cancelled search leaves nothing behind; two threads may both search.
        Reach computed = ComputeReach(compilation, cancellationToken);
        return ReachOfCompilation.GetValue(compilation, _ => computed);
    }

    private static Reach ComputeReach(Compilation compilation, CancellationToken cancellationToken)
    {
        var reach = new Reach();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            reach.Words |= Of(tree, cancellationToken);
        }

        foreach (MetadataReference reference in compilation.References)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reference is CompilationReference { Compilation: { } project })
            {
                foreach (SyntaxTree tree in project.SyntaxTrees)
                {
                    reach.Words |= Of(tree, cancellationToken);
                }
            }
            else if ((!reach.AssembliesUseAnnotations || !reach.AssembliesUseIdentityOrCompliance) &&
                compilation.GetAssemblyOrModuleSymbol(reference) is IAssemblySymbol assembly &&
                !FrameworkAssemblies.IsFramework(assembly) &&
                !string.Equals(assembly.Identity.Name, Annotations, StringComparison.OrdinalIgnoreCase))
            {
                (bool annotations, bool identityOrCompliance) = UsesOf(assembly);
                reach.AssembliesUseAnnotations |= annotations;
                reach.AssembliesUseIdentityOrCompliance |= identityOrCompliance;
            }
        }

        return reach;
    }

    /// <summary>The words in the files of a compilation and of the projects it references, and what its built assemblies use.</summary>
    private sealed class Reach
    {
        public Words Words { get; set; }

        /// <summary>A built assembly references <c>PiiAnalyzers.Annotations</c> or declares its own copy of the attributes.</summary>
        public bool AssembliesUseAnnotations { get; set; }

        /// <summary>A built assembly references Identity's stores or Microsoft.Extensions.Compliance.</summary>
        public bool AssembliesUseIdentityOrCompliance { get; set; }
    }

    /// <summary>
    /// What a built assembly uses: the annotations (a reference, or its own copy of the attributes), and Identity's stores or
    /// Microsoft.Extensions.Compliance.
    /// </summary>
    private static (bool Annotations, bool IdentityOrCompliance) UsesOf(IAssemblySymbol assembly)
    {
        bool annotations = false, identityOrCompliance = false;
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity referenced in module.ReferencedAssemblies)
            {
                string name = referenced.Name;
                annotations |= string.Equals(name, Annotations, StringComparison.OrdinalIgnoreCase);
                identityOrCompliance |= string.Equals(name, "Microsoft.Extensions.Identity.Stores", StringComparison.OrdinalIgnoreCase) ||
                    string.Equals(name, "Microsoft.Extensions.Compliance.Abstractions", StringComparison.OrdinalIgnoreCase);
            }
        }

        annotations = annotations || DeclaresAttributes(assembly);
        return (annotations, identityOrCompliance);
    }

    /// <summary>Whether a built assembly declares its own copy of one of the package's attributes.</summary>
    private static bool DeclaresAttributes(IAssemblySymbol assembly)
    {
        foreach (string name in OwnAttributes)
        {
            if (assembly.GetTypeByMetadataName(name) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a source file, searched once per tree.</summary>
    public static Words Of(SyntaxTree tree, CancellationToken cancellationToken) =>
        WordsOfTree.GetValue(tree, t => new StrongBox<Words>(Search(t.GetText(cancellationToken).ToString(), ~Words.None))).Value;

    /// <summary>Whether the file names a framework source (<see cref="Words.FrameworkSource"/>).</summary>
    public static bool NamesAFrameworkSource(SyntaxTree tree, CancellationToken cancellationToken) =>
        (Of(tree, cancellationToken) & Words.FrameworkSource) != 0;

    /// <summary>Whether the text (a declaration's) names a framework source by the words <see cref="Words.FrameworkSource"/> is searched for.</summary>
    public static bool NamesAFrameworkSource(string content) => Search(content, Words.FrameworkSource) != Words.None;

    /// <summary>The words among <paramref name="wanted"/> the text holds (a file's text as one string: free for the usual file-backed text, one copy for a large or edited one).</summary>
    private static Words Search(string content, Words wanted)
    {
        Words found = Words.None;
        foreach ((string word, Words flag, bool wholeName) in Searched)
        {
            if ((wanted & flag) != 0 && (found & flag) == 0 && (wholeName ? ContainsAttributeName(content, word) : content.IndexOf(word, StringComparison.Ordinal) >= 0))
            {
                found |= flag;
            }
        }

        return found;
    }

    /// <summary>Whether the text holds the name as a word of its own (<c>GetClientIp</c>, not <c>GetClientIpAsync</c> or <c>TryGetClientIp</c>).</summary>
    public static bool ContainsWord(string content, string name)
    {
        for (int at = content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at == 0 || !IsNamePart(content[at - 1])) && (end == content.Length || !IsNamePart(content[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether the text names the attribute (<c>ThirdParty</c>, <c>ThirdPartyAttribute</c>), not only a longer name that starts the same.</summary>
    private static bool ContainsAttributeName(string content, string name)
    {
        for (int at = content.IndexOf(name, StringComparison.Ordinal); at >= 0; at = content.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if (end == content.Length || !(char.IsLetterOrDigit(content[end]) || content[end] == '_') ||
                string.CompareOrdinal(content, end, "Attribute", 0, "Attribute".Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
