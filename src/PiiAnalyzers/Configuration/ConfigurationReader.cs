using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// Turns the declarations of the configuration files of one compilation into a <see cref="PrivacyConfiguration"/>:
/// checks each line's fields, resolves its documentation-comment id, judges the symbol for the declaration
/// (<see cref="ConfigurationDeclaration"/>) and remembers where each symbol was declared, so that a repeated or
/// contradicting line is reported and the first one kept.
/// </summary>
internal sealed class ConfigurationReader
{
    /// <summary>Longer ids are refused unread: no real id is near this long.</summary>
    public const int MaxIdLength = 4096;

    /// <summary>
    /// Deeper bracket nesting (<c>{}</c>, <c>()</c>, <c>[]</c>) is refused unread: Roslyn's id parser recurses
    /// for each level, and a few thousand levels exhaust the stack.
    /// </summary>
    public const int MaxIdNesting = 32;

    private const int MaxQuoted = 120;

    /// <summary>How a <c>first_party</c> line names a named HTTP client instead of a type.</summary>
    private const string NamedClientPrefix = "client:";

    private static readonly Purpose[] Purposes = (Purpose[])Enum.GetValues(typeof(Purpose));

    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly PrivacyConfiguration.Builder _builder = new();
    private readonly Dictionary<ConfigurationDeclaration.Group, Dictionary<ISymbol, Place>> _declared = new();
    private readonly Dictionary<string, Place> _namedClients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> _words = new(StringComparer.Ordinal);
    private ImmutableHashSet<INamedTypeSymbol>? _purposeTypes;

    public ConfigurationReader(Compilation compilation, CancellationToken cancellationToken)
    {
        _compilation = compilation;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The <c>PiiAnalyzers.ConsentPurpose</c> types a consent check's purpose parameter may have.</summary>
    private ImmutableHashSet<INamedTypeSymbol> PurposeTypes => _purposeTypes ??=
        ImmutableHashSet.CreateRange<INamedTypeSymbol>(SymbolEqualityComparer.Default, _compilation.GetTypesByMetadataName(PrivacyAttributeNames.ConsentPurpose));

    public PrivacyConfiguration Build() => _builder.Build();

    /// <summary>Records a line that cannot be used.</summary>
    public void Error(AdditionalText file, SourceText text, TextSpan span, string message) =>
        _builder.Errors.Add(new ConfigurationError(file, span, text.Lines.GetLinePositionSpan(span), message));

    /// <summary>
    /// Adds the declaration of a line (0-based <paramref name="line"/>) with at least one field, or returns why it
    /// cannot be used.
    /// </summary>
    public string? Declare(AdditionalText file, int line, LineFields fields)
    {
        string keyword = fields[0]!;
        if (ConfigurationDeclaration.Find(keyword) is not { } declaration)
        {
            return $"unknown declaration {Quote(keyword)}; expected one of {string.Join(", ", ConfigurationDeclaration.Keywords)}";
        }

        if (fields[1] is not { } id)
        {
            return $"{declaration.Keyword} needs an id, e.g. '{declaration.Example}'";
        }

        if (declaration.TakesAWord)
        {
            return FieldsProblem(declaration, fields) ?? DeclareWord(file, line, declaration, id, fields[2]);
        }

        if (declaration == ConfigurationDeclaration.FirstParty && id.StartsWith(NamedClientPrefix, StringComparison.Ordinal))
        {
            return FieldsProblem(declaration, fields) ?? DeclareNamedClient(file, line, id);
        }

        if ((FieldsProblem(declaration, fields) ?? IdProblem(declaration, id)) is { } malformed)
        {
            return malformed;
        }

        string? kind = null;
        Purpose? purpose = null;
        if (fields[2] is { } third)
        {
            if (declaration.Third == ThirdField.Kind && !TryParseKind(third, out kind))
            {
                return $"unknown kind {Quote(third)}; expected one of {string.Join(", ", PrivacyAttributeNames.PersonalDataKinds)}";
            }

            if (declaration.Third == ThirdField.Purpose && !TryParsePurpose(third, out purpose))
            {
                return $"unknown purpose {Quote(third)}; expected one of {string.Join(", ", Purposes)}";
            }
        }

        ImmutableArray<ISymbol> symbols = DocumentationCommentId.GetSymbolsForDeclarationId(id, _compilation);
        if (symbols.IsDefaultOrEmpty)
        {
            return $"{Quote(id)} names nothing in this compilation";
        }

        var accepted = new List<ISymbol>();
        string? problem = null;
        foreach (ISymbol symbol in symbols)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!IsExactly(symbol, id, out string? exact))
            {
                // Roslyn's parser stops where an id it recognises ends: 'M:A.B(System.String)#x' finds A.B(string).
                problem ??= exact is null ? $"{Quote(id)} names nothing in this compilation" : $"{Quote(id)} is not exactly an id: write {Quote(exact)}";
                continue;
            }

            if (declaration.Judge(symbol, Quote(id), purpose, PurposeTypes) is { } rejected)
            {
                problem ??= rejected;
            }
            else
            {
                accepted.Add(symbol);
            }
        }

        if (accepted.Count == 0)
        {
            return problem;
        }

        if (Repetition(declaration, accepted, file, Quote(id)) is { } repeated)
        {
            return repeated;
        }

        var place = new Place(file, line, declaration);
        foreach (ISymbol symbol in accepted)
        {
            DeclaredIn(declaration.Conflicts)[symbol] = place;
            declaration.Add(_builder, symbol, kind, purpose);
        }

        return null;
    }

    /// <summary>
    /// <c>personal_data_word MemberNo Other</c>, <c>not_personal_data_word Handle</c>: a word or words of a name, as the code
    /// spells them, kept in lower case and run together as the vocabulary looks names up. A word is declared once.
    /// </summary>
    private string? DeclareWord(AdditionalText file, int line, ConfigurationDeclaration declaration, string text, string? kindField)
    {
        string? kind = null;
        if (kindField is not null && !TryParseKind(kindField, out kind))
        {
            return $"unknown kind {Quote(kindField)}; expected one of {string.Join(", ", PrivacyAttributeNames.PersonalDataKinds)}";
        }

        bool hasLetter = false;
        foreach (char c in text)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return $"{Quote(text)} is not a word of a name: write it as the code spells it, e.g. '{declaration.Example}'";
            }

            hasLetter |= char.IsLetter(c);
        }

        string word = NormalizeWord(text);
        if (!hasLetter || word.Length == 0)
        {
            return $"{Quote(text)} is not a word of a name: write it as the code spells it, e.g. '{declaration.Example}'";
        }

        if (_words.TryGetValue(word, out Place first))
        {
            return AlreadyDeclared(Quote(text), first, declaration, file);
        }

        _words[word] = new Place(file, line, declaration);
        if (declaration == ConfigurationDeclaration.PersonalDataWord)
        {
            _builder.PersonalDataWords[word] = kind ?? "Other";
        }
        else
        {
            _builder.NotPersonalDataWords.Add(word);
        }

        return null;
    }

    /// <summary>
    /// <c>first_party client:ordering</c>: the HTTP client the factory names so (<c>CreateClient("ordering")</c>) calls
    /// one of the organisation's own services. A name is declared once.
    /// </summary>
    private string? DeclareNamedClient(AdditionalText file, int line, string id)
    {
        string name = id.Substring(NamedClientPrefix.Length);
        if (name.Length == 0)
        {
            return $"{Quote(id)} names no client: write the name the code passes to CreateClient, e.g. 'first_party client:ordering'";
        }

        if (_namedClients.TryGetValue(name, out Place first))
        {
            return AlreadyDeclared(Quote(id), first, ConfigurationDeclaration.FirstParty, file);
        }

        _namedClients[name] = new Place(file, line, ConfigurationDeclaration.FirstParty);
        _builder.FirstPartyClients.Add(name);
        return null;
    }

    /// <summary>
    /// Whether <paramref name="id"/> is the symbol's id as written, and not just a text that Roslyn's lenient parser
    /// resolves to it. A method's id may end with its return type (<c>~System.String</c>), as
    /// <see cref="DocumentationCommentId.CreateDeclarationId"/> writes it, or not, as the compiler's XML
    /// documentation does; <paramref name="exact"/> is the latter form.
    /// </summary>
    private static bool IsExactly(ISymbol symbol, string id, out string? exact)
    {
        exact = DocumentationCommentId.CreateDeclarationId(symbol);
        if (exact is null || string.Equals(exact, id, StringComparison.Ordinal))
        {
            return exact is not null;
        }

        int returnType = symbol is IMethodSymbol ? exact.IndexOf('~') : -1;
        if (returnType > 0)
        {
            exact = exact.Substring(0, returnType);
        }

        return string.Equals(exact, id, StringComparison.Ordinal);
    }

    /// <summary>A field after the id that the declaration does not take.</summary>
    private static string? FieldsProblem(ConfigurationDeclaration declaration, LineFields fields) => (declaration.Third, fields[2], fields[3]) switch
    {
        (ThirdField.None, { } extra, _) => $"unexpected {Quote(extra)} after the id: {declaration.Keyword} takes only an id",
        (ThirdField.Kind, _, { } extra) => $"unexpected {Quote(extra)} after the kind: {declaration.Keyword} takes an id and a kind",
        (ThirdField.Purpose, _, { } extra) => $"unexpected {Quote(extra)} after the purpose: {declaration.Keyword} takes an id and a purpose",
        _ => null,
    };

    /// <summary>What makes a field not a documentation-comment id the declaration accepts, before it is resolved.</summary>
    private static string? IdProblem(ConfigurationDeclaration declaration, string id)
    {
        if (id.Length > MaxIdLength)
        {
            return $"{Quote(id)} is too long for a documentation-comment id ({id.Length} characters; at most {MaxIdLength})";
        }

        if (id.Length < 2 || id[1] != ':')
        {
            return $"{Quote(id)} is not a documentation-comment id: it needs a prefix, e.g. {Quote(declaration.Example.Split(' ')[1].Substring(0, 2) + id)}";
        }

        if ("NTFPME".IndexOf(id[0]) < 0)
        {
            return $"{Quote(id)} is not a documentation-comment id: {Quote(id.Substring(0, 2))} is not one of the prefixes T:, F:, P:, M:, E:, N:";
        }

        if (id.Length == 2)
        {
            return $"{Quote(id)} is not a documentation-comment id: the name after the prefix is missing";
        }

        if (declaration.Prefixes.IndexOf(id[0]) < 0)
        {
            return $"{declaration.Subject} must be {declaration.Accepts}, not {Quote(id)}";
        }

        int depth = 0;
        foreach (char c in id)
        {
            if (c is '(' or '[' or '{')
            {
                if (++depth > MaxIdNesting)
                {
                    return $"{Quote(id)} nests brackets more than {MaxIdNesting} deep, which no documentation-comment id does";
                }
            }
            else if (c is ')' or ']' or '}' && depth > 0)
            {
                depth--;
            }
        }

        return null;
    }

    /// <summary>The first of the symbols already declared by a line whose declaration this one repeats or contradicts.</summary>
    private string? Repetition(ConfigurationDeclaration declaration, List<ISymbol> symbols, AdditionalText file, string id)
    {
        Dictionary<ISymbol, Place> declared = DeclaredIn(declaration.Conflicts);
        foreach (ISymbol symbol in symbols)
        {
            if (!declared.TryGetValue(symbol, out Place first))
            {
                continue;
            }

            return AlreadyDeclared(id, first, declaration, file);
        }

        return null;
    }

    /// <summary>Why a line that declares what an earlier line (<paramref name="first"/>) declared is not used: a repeat, or a contradiction.</summary>
    private static string AlreadyDeclared(string quotedId, Place first, ConfigurationDeclaration declaration, AdditionalText file)
    {
        string where = "line " + (first.Line + 1).ToString(CultureInfo.InvariantCulture) +
            (ReferenceEquals(first.File, file) ? "" : " of " + first.File.Path);
        return first.Declaration == declaration
            ? $"{quotedId} is already declared {declaration.Keyword} on {where}: declare it once (the first declaration is used)"
            : $"{quotedId} is already declared {first.Declaration.Keyword} on {where}: it cannot also be {declaration.Keyword} (the first declaration is used)";
    }

    private Dictionary<ISymbol, Place> DeclaredIn(ConfigurationDeclaration.Group group)
    {
        if (!_declared.TryGetValue(group, out Dictionary<ISymbol, Place>? declared))
        {
            declared = new Dictionary<ISymbol, Place>(SymbolEqualityComparer.Default);
            _declared[group] = declared;
        }

        return declared;
    }

    private static bool TryParseKind(string field, out string? kind)
    {
        foreach (string name in PrivacyAttributeNames.PersonalDataKinds)
        {
            if (string.Equals(name, field, StringComparison.OrdinalIgnoreCase))
            {
                kind = name;
                return true;
            }
        }

        kind = null;
        return false;
    }

    private static bool TryParsePurpose(string field, out Purpose? purpose)
    {
        foreach (Purpose candidate in Purposes)
        {
            if (string.Equals(candidate.ToString(), field, StringComparison.OrdinalIgnoreCase))
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = null;
        return false;
    }

    /// <summary>
    /// A field as messages show it: in quotes, control characters escaped (<c>\u0000</c>), cut after
    /// 120 characters.
    /// </summary>
    public static string Quote(string field)
    {
        var text = new StringBuilder("'");
        int length = Math.Min(field.Length, MaxQuoted);
        for (int i = 0; i < length; i++)
        {
            char c = field[i];
            if (char.IsControl(c) || c == '\uFEFF')
            {
                text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.Append(field.Length > MaxQuoted ? "…'" : "'").ToString();
    }

    /// <summary>Where a symbol was first declared.</summary>
    private readonly struct Place
    {
        public Place(AdditionalText file, int line, ConfigurationDeclaration declaration)
        {
            File = file;
            Line = line;
            Declaration = declaration;
        }

        public AdditionalText File { get; }

        public int Line { get; }

        public ConfigurationDeclaration Declaration { get; }
    }

    /// <summary>
    /// A word as names are compared: lower-case, letters and digits only (<c>Member_No</c> and <c>memberno</c> are one word).
    /// Inference splits names into words the same way (<c>TeamWords</c>).
    /// </summary>
    internal static string NormalizeWord(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
