using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Model;

namespace PiiAnalyzers.CodeFixes.Consent;

/// <summary>How a consent check that the fix can put in an <c>if</c> answers.</summary>
internal enum CheckAnswer
{
    /// <summary>A <c>bool</c> method or property: <see langword="true"/> means consent.</summary>
    Bool,

    /// <summary>A <c>Task&lt;bool&gt;</c> or <c>ValueTask&lt;bool&gt;</c> method: usable with <c>await</c> in an async function.</summary>
    AwaitedBool,
}

/// <summary>What the fix needs to know of one <c>[ConsentCheck]</c> method or property.</summary>
internal sealed class ConsentCheckDeclaration
{
    public ConsentCheckDeclaration(CheckAnswer answer, bool hasFixedPurpose, string? fixedPurpose)
    {
        Answer = answer;
        HasFixedPurpose = hasFixedPurpose;
        FixedPurpose = fixedPurpose;
    }

    public CheckAnswer Answer { get; }

    /// <summary>Whether the attribute names the purpose (<c>[ConsentCheck(ConsentPurpose.Diagnostics)]</c>).</summary>
    public bool HasFixedPurpose { get; }

    /// <summary>The name of the attribute's purpose; <see langword="null"/> when it names none or one this fix does not know.</summary>
    public string? FixedPurpose { get; }
}

/// <summary>
/// The consent checks of one compilation that the fix can put in an <c>if</c>. Which members are consent checks, and
/// of which purpose, the analyzers' <see cref="ConsentCatalog"/> decides (<c>[ConsentCheck]</c>, also through what a
/// member overrides or implements, and the <c>consent_check</c> lines of <c>PiiAnalyzers.txt</c>); this index keeps
/// those that answer: <c>bool</c> methods and properties, and <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c>
/// methods. Void checks are left to the developer (they throw instead of answering). Built once per catalog; the
/// static checks are searched once.
/// </summary>
internal sealed class ConsentCheckIndex
{
    private static readonly ConditionalWeakTable<ConsentCatalog, ConsentCheckIndex> Indexes = new();

    private readonly Compilation _compilation;
    private readonly ConsentCatalog _catalog;
    private readonly PrivacyConfiguration _configuration;
    private readonly ImmutableHashSet<INamedTypeSymbol> _attributeTypes;
    private readonly ImmutableHashSet<INamedTypeSymbol> _purposeTypes;
    private readonly ConcurrentDictionary<ISymbol, ConsentCheckDeclaration?> _declarations = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, ImmutableArray<ISymbol>> _checksOnType = new(SymbolEqualityComparer.Default);
    private ImmutableArray<ISymbol> _staticChecks;

    private ConsentCheckIndex(Compilation compilation, ConsentCatalog catalog, PrivacyConfiguration configuration)
    {
        _compilation = compilation;
        _catalog = catalog;
        _configuration = configuration;
        PrivacyAttributeTypes attributes = PrivacyAttributeTypes.For(compilation);
        _attributeTypes = attributes.ConsentCheck;
        _purposeTypes = attributes.ConsentPurpose;
        PurposeType = compilation.GetTypeByMetadataName(PrivacyAttributeNames.ConsentPurpose);
    }

    /// <summary>Whether the compilation can declare no consent check at all.</summary>
    public bool IsEmpty => !_catalog.MayDeclareChecks;

    /// <summary>The one <c>PiiAnalyzers.ConsentPurpose</c> the code can name; <see langword="null"/> when it has none or several.</summary>
    public INamedTypeSymbol? PurposeType { get; }

    /// <summary>
    /// The index of a compilation, with the consent checks its <c>PiiAnalyzers.txt</c> declares (read from the project's
    /// analyzer options, as the analyzers read them).
    /// </summary>
    public static ConsentCheckIndex For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        PrivacyConfiguration configuration = PrivacyConfiguration.For(compilation, options, cancellationToken);
        return Indexes.GetValue(ConsentCatalog.For(compilation, configuration, cancellationToken), catalog => new ConsentCheckIndex(compilation, catalog, configuration));
    }

    /// <summary>Whether a type is a <c>PiiAnalyzers.ConsentPurpose</c> (the analyzers take the purpose of a call from such an argument).</summary>
    public bool IsPurposeType(ITypeSymbol type) => type is INamedTypeSymbol named && _purposeTypes.Contains(named.OriginalDefinition);

    /// <summary>The check a method or property is, or <see langword="null"/> when it is none this fix can use.</summary>
    public ConsentCheckDeclaration? DeclarationOf(ISymbol member) =>
        IsEmpty ? null : _declarations.GetOrAdd(member.OriginalDefinition, ComputeDeclaration);

    /// <summary>
    /// The usable checks that member access on a value of the type reaches, static and instance: the type's own
    /// members and those of its base types (an override replaces what it overrides), of an interface and its base
    /// interfaces, or of a type parameter's constraints. Explicit interface implementations are not reachable.
    /// </summary>
    public ImmutableArray<ISymbol> ChecksOn(ITypeSymbol type) =>
        IsEmpty ? ImmutableArray<ISymbol>.Empty : _checksOnType.GetOrAdd(type, ComputeChecksOn);

    /// <summary>
    /// The static checks of non-generic types, in the compilation's source and in the referenced assemblies that can
    /// declare one (those that reference the assembly of a <c>ConsentCheckAttribute</c>). Searched once.
    /// </summary>
    public ImmutableArray<ISymbol> StaticChecks(CancellationToken cancellationToken)
    {
        if (IsEmpty)
        {
            return ImmutableArray<ISymbol>.Empty;
        }

        if (_staticChecks.IsDefault)
        {
            ImmutableInterlocked.InterlockedInitialize(ref _staticChecks, FindStaticChecks(cancellationToken));
        }

        return _staticChecks;
    }

    private ConsentCheckDeclaration? ComputeDeclaration(ISymbol member)
    {
        CheckAnswer? answer = member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method => AnswerOf(method.ReturnType),
            IPropertySymbol { IsIndexer: false, GetMethod: not null } property when property.Type.SpecialType == SpecialType.System_Boolean => CheckAnswer.Bool,
            _ => null,
        };

        if (answer is null)
        {
            return null;
        }

        if (_catalog.ShapeOf(member) is not (CheckShape.Answers or CheckShape.AnswersAsync))
        {
            return null;
        }

        // The purpose the attribute or the consent_check line names (a member name of ConsentPurpose), or none: the call's argument.
        Purpose? purpose = _catalog.FixedPurposeOf(member);
        return new ConsentCheckDeclaration(answer.Value, hasFixedPurpose: purpose is not null, purpose?.ToString());
    }

    private static CheckAnswer? AnswerOf(ITypeSymbol returnType)
    {
        if (returnType.SpecialType == SpecialType.System_Boolean)
        {
            return CheckAnswer.Bool;
        }

        return returnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task &&
            task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks" &&
            task.TypeArguments[0].SpecialType == SpecialType.System_Boolean
                ? CheckAnswer.AwaitedBool
                : null;
    }


    private ImmutableArray<ISymbol> ComputeChecksOn(ITypeSymbol type)
    {
        var found = new List<ISymbol>();
        var replaced = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (ITypeSymbol level in Levels(type, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default)))
        {
            foreach (ISymbol member in level.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.ExplicitInterfaceImplementation } ||
                    member is IPropertySymbol { ExplicitInterfaceImplementations.Length: > 0 } ||
                    replaced.Contains(member.OriginalDefinition))
                {
                    continue;
                }

                for (ISymbol? overridden = ConsentCatalog.Overridden(member); overridden is not null; overridden = ConsentCatalog.Overridden(overridden))
                {
                    replaced.Add(overridden.OriginalDefinition);
                }

                if (member is IMethodSymbol or IPropertySymbol && DeclarationOf(member) is not null)
                {
                    found.Add(member);
                }
            }
        }

        return found.ToImmutableArray();
    }

    /// <summary>The types whose members a member access on a value of the type reaches, most derived first.</summary>
    private static IEnumerable<ITypeSymbol> Levels(ITypeSymbol type, HashSet<ITypeSymbol> seen)
    {
        if (!seen.Add(type))
        {
            yield break;
        }

        switch (type)
        {
            case ITypeParameterSymbol parameter:
                foreach (ITypeSymbol constraint in parameter.ConstraintTypes)
                {
                    foreach (ITypeSymbol level in Levels(constraint, seen))
                    {
                        yield return level;
                    }
                }

                break;
            case INamedTypeSymbol { TypeKind: TypeKind.Interface } contract:
                yield return contract;
                foreach (INamedTypeSymbol inherited in contract.AllInterfaces)
                {
                    if (seen.Add(inherited))
                    {
                        yield return inherited;
                    }
                }

                break;
            default:
                yield return type;
                for (ITypeSymbol? current = type.BaseType; current is not null && seen.Add(current); current = current.BaseType)
                {
                    yield return current;
                }

                break;
        }
    }

    private ImmutableArray<ISymbol> FindStaticChecks(CancellationToken cancellationToken)
    {
        var found = new List<ISymbol>();
        foreach (ISymbol symbol in _compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Member, cancellationToken))
        {
            if (symbol.IsStatic && !symbol.IsAbstract && IsInNonGenericType(symbol) && DeclarationOf(symbol) is not null)
            {
                found.Add(symbol);
            }
        }

        foreach (ISymbol configured in _configuration.ConsentChecks)
        {
            if (configured.IsStatic && !configured.IsAbstract && IsInNonGenericType(configured) &&
                !SymbolOrigin.IsDeclaredIn(configured, _compilation) && DeclarationOf(configured) is not null && !found.Contains(configured, SymbolEqualityComparer.Default))
            {
                found.Add(configured);
            }
        }

        var declaringAssemblies = new HashSet<string>(_attributeTypes.Select(attribute => attribute.ContainingAssembly.Name));
        foreach (IAssemblySymbol assembly in _compilation.SourceModule.ReferencedAssemblySymbols)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (assembly.Modules.Any(module => module.ReferencedAssemblies.Any(reference => declaringAssemblies.Contains(reference.Name))))
            {
                CollectStaticChecks(assembly.GlobalNamespace, found, cancellationToken);
            }
        }

        return found.ToImmutableArray();
    }

    private void CollectStaticChecks(INamespaceOrTypeSymbol container, List<ISymbol> found, CancellationToken cancellationToken)
    {
        foreach (ISymbol member in container.GetMembers())
        {
            switch (member)
            {
                case INamespaceSymbol ns:
                    cancellationToken.ThrowIfCancellationRequested();
                    CollectStaticChecks(ns, found, cancellationToken);
                    break;
                case INamedTypeSymbol { IsGenericType: false, DeclaredAccessibility: Accessibility.Public } type:
                    CollectStaticChecks(type, found, cancellationToken);
                    break;
                case IMethodSymbol or IPropertySymbol when member.IsStatic && !member.IsAbstract && member.DeclaredAccessibility == Accessibility.Public && DeclarationOf(member) is not null:
                    found.Add(member);
                    break;
            }
        }
    }

    private static bool IsInNonGenericType(ISymbol symbol)
    {
        for (INamedTypeSymbol? type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return false;
            }
        }

        return symbol.ContainingType is not null;
    }
}
