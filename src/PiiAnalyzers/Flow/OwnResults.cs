using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.Flow;

/// <summary>
/// What the compilation's own methods return, read from their bodies once per compilation:
/// <list type="bullet">
/// <item>what a <c>ToString</c> override prints (<c>public override string ToString() =&gt; $"{Name} &lt;{Email}&gt;";</c>),
/// so that a sink printing such an object sees it, as it sees a record's generated <c>ToString</c>;</item>
/// <item>the personal data a helper hands its callers (<c>string GetRequestIP() =&gt; Request.Headers["X-Forwarded-For"]</c>,
/// <c>string CurrentUserEmail =&gt; User.FindFirstValue(ClaimTypes.Email)</c>): a source for its callers, as a wrapper of a
/// sink is a sink.</item>
/// <item>the personal data a type keeps in its fields and auto-properties (<c>_clientIp = HttpContext.Connection.RemoteIpAddress</c>
/// in one method, <c>_logger.LogInformation("{Ip}", _clientIp)</c> in another): what any of the type's methods assigns
/// them, found by name in the type's syntax and bound only for the member asked about (at most
/// <see cref="MaxAssignmentsPerType"/> assignments a type).</item>
/// </list>
/// </summary>
/// <remarks>
/// The returned values are judged on their own (members of <c>this</c>, marked values, sources, what they are composed of), not
/// through the method's locals or parameters. A method that reaches itself again (<c>$"{this}"</c>, recursion) is cut there.
/// </remarks>
internal sealed class OwnResults
{
    /// <summary>How many assignments of one type are indexed for what its fields keep.</summary>
    public const int MaxAssignmentsPerType = 256;

    [ThreadStatic]
    private static HashSet<ISymbol>? t_reading;

    /// <summary>How many reads this thread has cut where they reached what was being read: a result read past a cut is not kept.</summary>
    [ThreadStatic]
    private static int t_cuts;

    private readonly Compilation _compilation;
    private readonly Func<CarrierEvaluator> _evaluator;
    private readonly ConcurrentDictionary<ISymbol, PersonalDataOrigin?> _printed = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PersonalDataOrigin?> _returned = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, PersonalDataOrigin?> _kept = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, SymbolEqualityComparer.Default);

    /// <param name="compilation">The compilation whose methods are read.</param>
    /// <param name="evaluator">The evaluator of returned values (built after the rendering that asks this).</param>
    public OwnResults(Compilation compilation, Func<CarrierEvaluator> evaluator)
    {
        _compilation = compilation;
        _evaluator = evaluator;
    }

    /// <summary>The personal data a <c>ToString</c> override prints, or <see langword="null"/> (nothing, or not an override of this compilation).</summary>
    public PersonalDataOrigin? PrintedBy(IMethodSymbol toString) =>
        SymbolOrigin.IsDeclaredIn(toString, _compilation) ? Cached(_printed, toString, asText: true) : null;

    /// <summary>
    /// The personal data a method or property getter of the compilation returns whatever it is given, or <see langword="null"/>:
    /// not of this compilation, or returns nothing.
    /// </summary>
    public PersonalDataOrigin? ReturnedBy(IMethodSymbol method)
    {
        // A helper that hands out a value: takes nothing, or is an extension of what it reads (context.GetClientIp(),
        // User.GetUsername()); returns text or a framework value (a domain object shows its marked members wherever it is
        // rendered). Its returns are judged alone, so what it returns of an argument counts only where that is marked.
        IMethodSymbol definition = method.OriginalDefinition;
        if (definition.ReturnsVoid || definition.IsAbstract || definition.IsGenericMethod ||
            !(definition.Parameters.IsEmpty || definition.IsExtensionMethod) ||
            definition.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet) ||
            !MayHoldAValue(Awaited(definition.ReturnType)) ||
            definition.DeclaringSyntaxReferences.Length != 1 || !SymbolOrigin.IsDeclaredIn(definition, _compilation))
        {
            return null;
        }

        return Cached(_returned, definition, asText: false);
    }

    /// <summary>
    /// The personal data a field or auto-property of a type of the compilation is assigned somewhere in its type, read
    /// through <c>this</c> (or statically): <see langword="null"/> when nothing the type assigns it carries any.
    /// </summary>
    public PersonalDataOrigin? KeptIn(ISymbol member)
    {
        if (member is not (IFieldSymbol or IPropertySymbol) || PersonalDataCatalog.TypeOf(member) is not { } valueType ||
            !MayHoldAValue(valueType) || member.OriginalDefinition.ContainingType is not { } type || !SymbolOrigin.IsDeclaredIn(type, _compilation))
        {
            return null;
        }

        ISymbol definition = member.OriginalDefinition;
        return _kept.TryGetValue(definition, out PersonalDataOrigin? known) ? known : ReadOnce(_kept, definition, () => ReadKept(definition, type));
    }

    /// <summary>
    /// What the type's own code assigns the member: the assignments whose target is named like it, found in the type's syntax
    /// (indexed once per type), bound and judged one by one until one carries personal data.
    /// </summary>
    private PersonalDataOrigin? ReadKept(ISymbol member, INamedTypeSymbol type)
    {
        if (!AssignmentsByName.GetValue(type, IndexAssignments).TryGetValue(member.Name, out List<AssignmentExpressionSyntax>? assignments))
        {
            return null;
        }

        SemanticModel? semanticModel = null;
        foreach (AssignmentExpressionSyntax assignment in assignments)
        {
#pragma warning disable RS1030 // The assignments of the compilation's own types are read once per member.
            if (semanticModel?.SyntaxTree != assignment.SyntaxTree)
            {
                semanticModel = _compilation.GetSemanticModel(assignment.SyntaxTree);
            }
#pragma warning restore RS1030
            if (semanticModel.GetOperation(assignment) is ISimpleAssignmentOperation { Target: var target, Value: var value } &&
                SymbolEqualityComparer.Default.Equals(KeptMember(target, type), member) &&
                _evaluator().Evaluate(value, NoCarriers.Instance) is { } origin)
            {
                return origin;
            }
        }

        return null;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, Dictionary<string, List<AssignmentExpressionSyntax>>> AssignmentsByName = new();

    /// <summary>
    /// The type's assignments by the name they assign (<c>_clientIp = …</c>, <c>this.Contact = …</c>), at most
    /// <see cref="MaxAssignmentsPerType"/>, leaving out what cannot carry anything known here: a literal, or a plain name (a
    /// local or parameter: <c>_logger = logger</c>).
    /// </summary>
    private static Dictionary<string, List<AssignmentExpressionSyntax>> IndexAssignments(INamedTypeSymbol type)
    {
        var byName = new Dictionary<string, List<AssignmentExpressionSyntax>>(StringComparer.Ordinal);
        int count = 0;
        foreach (SyntaxReference reference in type.DeclaringSyntaxReferences)
        {
            foreach (SyntaxNode node in reference.GetSyntax().DescendantNodes())
            {
                if (node is not AssignmentExpressionSyntax assignment || assignment.Right is IdentifierNameSyntax or LiteralExpressionSyntax)
                {
                    continue;
                }

                string? name = assignment.Left switch
                {
                    IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                    MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var memberName } => memberName.Identifier.ValueText,
                    _ => null,
                };

                if (name is null || count++ >= MaxAssignmentsPerType)
                {
                    continue;
                }

                if (!byName.TryGetValue(name, out List<AssignmentExpressionSyntax>? list))
                {
                    byName[name] = list = new List<AssignmentExpressionSyntax>();
                }

                list.Add(assignment);
            }
        }

        return byName;
    }

    /// <summary>
    /// Whether the method (or accessor, local function, lambda) that holds the read assigns a member of that name itself:
    /// then the flow analysis of that method knows what the member holds there (<c>_last = "nobody"</c> before the read), and
    /// what other methods assign it does not count. Decided by the names the method assigns, once per method.
    /// </summary>
    public static bool AssignedWhereRead(SyntaxNode read, string memberName)
    {
        for (SyntaxNode? node = read; node is not null; node = node.Parent)
        {
            if (node is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax or
                AnonymousFunctionExpressionSyntax or ArrowExpressionClauseSyntax)
            {
                return AssignedNames.GetValue(node, ReadAssignedNames).Contains(memberName);
            }
        }

        return false;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, HashSet<string>> AssignedNames = new();

    private static HashSet<string> ReadAssignedNames(SyntaxNode body)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (SyntaxNode node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: var left })
            {
                switch (left)
                {
                    case IdentifierNameSyntax identifier:
                        names.Add(identifier.Identifier.ValueText);
                        break;
                    case MemberAccessExpressionSyntax { Name: var name }:
                        names.Add(name.Identifier.ValueText);
                        break;
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Whether a value of the type can be a source's value: text, <c>object</c>, or a framework type that is not a number, a
    /// flag, an enum or a date (an <c>IPAddress</c>, <c>StringValues</c>, a <c>Claim</c>).
    /// </summary>
    private static bool MayHoldAValue(ITypeSymbol type)
    {
        if (type.SpecialType is SpecialType.System_String or SpecialType.System_Object)
        {
            return true;
        }

        if (type.SpecialType != SpecialType.None || type.TypeKind is TypeKind.Enum or TypeKind.Delegate or TypeKind.TypeParameter)
        {
            return false;
        }

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            return MayHoldAValue(nullable.TypeArguments[0]);
        }

        return TypeLookup.IsSystemOrMicrosoft(type) && !Valueless.Contains(type.Name);
    }

    /// <summary>
    /// Framework types that hold no source's value: numbers and dates the special types do not cover, tasks, and the
    /// services a type keeps to do its work (a logger, options, configuration, clients). A type's fields are mostly these,
    /// and asking what its code assigns them would read the type's syntax for nothing.
    /// </summary>
    private static readonly HashSet<string> Valueless = new(StringComparer.Ordinal)
    {
        "Guid", "TimeSpan", "DateTimeOffset", "DateOnly", "TimeOnly", "CancellationToken", "Task", "ValueTask",
        "ILogger", "ILoggerFactory", "IOptions", "IOptionsMonitor", "IOptionsSnapshot", "IConfiguration", "IServiceProvider",
        "IServiceScopeFactory", "IHttpClientFactory", "HttpClient", "IHttpContextAccessor", "IMemoryCache", "IDistributedCache",
        "IHostEnvironment", "IWebHostEnvironment", "IHostApplicationLifetime", "TimeProvider",
    };

    /// <summary>The result of a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, or the type itself.</summary>
    private static ITypeSymbol Awaited(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task && task.ContainingNamespace?.Name == "Tasks"
            ? task.TypeArguments[0]
            : type;

    /// <summary>The field or property of the type an assignment writes through <c>this</c> or statically.</summary>
    private static ISymbol? KeptMember(IOperation target, INamedTypeSymbol type)
    {
        (ISymbol? member, IOperation? instance) = target switch
        {
            IFieldReferenceOperation field => ((ISymbol?)field.Field, field.Instance),
            IPropertyReferenceOperation { Arguments.IsEmpty: true } property => (property.Property, property.Instance),
            _ => ((ISymbol?)null, (IOperation?)null),
        };

        return member is not null && instance is null or IInstanceReferenceOperation &&
            SymbolEqualityComparer.Default.Equals(member.ContainingType?.OriginalDefinition, type)
                ? member.OriginalDefinition
                : null;
    }

    private PersonalDataOrigin? Cached(ConcurrentDictionary<ISymbol, PersonalDataOrigin?> cache, IMethodSymbol method, bool asText) =>
        cache.TryGetValue(method, out PersonalDataOrigin? known) ? known : ReadOnce(cache, method, () => Read(method, asText));

    /// <summary>
    /// Reads what a symbol gives, once: a read that reaches a symbol being read on this thread is cut there (nothing), and an
    /// answer read past a cut is not kept, as it depends on which symbol was asked first.
    /// </summary>
    private static PersonalDataOrigin? ReadOnce(ConcurrentDictionary<ISymbol, PersonalDataOrigin?> cache, ISymbol symbol, Func<PersonalDataOrigin?> read)
    {
        HashSet<ISymbol> reading = t_reading ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (!reading.Add(symbol))
        {
            t_cuts++;
            return null; // being read: a method that prints itself, a field assigned from itself or through another that is
        }

        try
        {
            int cuts = t_cuts;
            PersonalDataOrigin? origin = read();
            return t_cuts == cuts ? cache.GetOrAdd(symbol, origin) : origin;
        }
        finally
        {
            reading.Remove(symbol);
        }
    }

    private PersonalDataOrigin? Read(IMethodSymbol method, bool asText)
    {
        SyntaxNode declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (declaration is AccessorDeclarationSyntax { Body: null, ExpressionBody: null })
        {
            return null; // an auto-property's getter returns what was stored, which the flow follows where it is stored
        }

#pragma warning disable RS1030 // The bodies of the compilation's own methods are read once per method.
        SemanticModel semanticModel = _compilation.GetSemanticModel(declaration.SyntaxTree);
#pragma warning restore RS1030
        if (semanticModel.GetOperation(declaration) is not { } body)
        {
            return null;
        }

        return _evaluator().ReturnedBy(body, asText);
    }
}
