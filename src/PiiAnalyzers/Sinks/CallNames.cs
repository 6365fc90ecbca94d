using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// How messages name a sink, in one place for every rule: <c>Console.WriteLine</c>, <c>Log.Information</c> for a static
/// method; the method's name for an instance or extension method (<c>LogInformation</c>, as the call reads); the type's
/// name for a constructor; a table row's own type where it says so (<c>HttpClient.PostAsJsonAsync</c>) or the type of the
/// object a call is made on (<c>DataContractJsonSerializer.WriteObject</c>); <c>Type.Method</c> for a third-party recipient.
/// </summary>
internal static class CallNames
{
    /// <summary>The name of a method, or of a constructor's type.</summary>
    public static string Of(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name
        : method.IsStatic && !method.IsExtensionMethod ? method.ContainingType.Name + "." + method.Name
        : method.Name;

    /// <summary>The name of a call of a table's sink, as its row says.</summary>
    public static string Of(SinkRow row, IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (row.DisplayType is { } displayType)
        {
            return displayType + "." + method.Name;
        }

        return row.NamedByReceiver ? ByReceiver(invocation) : Of(method);
    }

    /// <summary>
    /// A call named after the type of the object it is made on (<c>DataContractJsonSerializer.WriteObject</c>, not the base
    /// class that declares the method); an extension method by its name.
    /// </summary>
    public static string ByReceiver(IInvocationOperation invocation)
    {
        IMethodSymbol method = invocation.TargetMethod;
        if (method.IsExtensionMethod)
        {
            return method.Name;
        }

        string typeName = invocation.Instance?.Type is INamedTypeSymbol receiver && receiver.TypeKind != TypeKind.Error ? receiver.Name : method.ContainingType.Name;
        return typeName + "." + method.Name;
    }

    /// <summary>A third-party recipient's method, <c>CrmClient.Upsert</c>, or constructor, <c>new CrmClient</c>.</summary>
    public static string OfRecipient(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;

    /// <summary><c>Console.Out.WriteLine</c>.</summary>
    public static string OfConsoleWriter(string stream, IMethodSymbol method) => "Console." + stream + "." + method.Name;

    /// <summary>A delegate invoked through a field, property, local or parameter is named after it; otherwise <paramref name="fallback"/>.</summary>
    public static string OfDelegate(IOperation? instance, string fallback) => instance switch
    {
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        ILocalReferenceOperation local => local.Local.Name,
        IParameterReferenceOperation parameter => parameter.Parameter.Name,
        _ => fallback,
    };

    /// <summary>
    /// The type a constructor call builds: the created type, or for a constructor initializer (<c>: base(…)</c>,
    /// <c>: this(…)</c>, a primary constructor's base call) the type whose constructor it belongs to, read from the syntax
    /// (the control-flow graph's operations have no semantic model); the called constructor's type as a last resort.
    /// </summary>
    public static string OfConstructed(IOperation call, IMethodSymbol constructor)
    {
        if (call is IObjectCreationOperation { Type: { } created })
        {
            return created.Name;
        }

        for (SyntaxNode? node = call.Syntax; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ConstructorDeclarationSyntax declaration:
                    return declaration.Identifier.ValueText;
                case BaseTypeDeclarationSyntax type:
                    return type.Identifier.ValueText;
            }
        }

        return constructor.ContainingType.Name;
    }
}
