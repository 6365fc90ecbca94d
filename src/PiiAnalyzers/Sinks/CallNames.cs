using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// How messages name a called method, the same way for every rule: <c>Console.WriteLine</c>, <c>Log.Information</c> for a
/// static method; the method's name for an instance or extension method (<c>LogInformation</c>, as the call reads); the
/// type's name for a constructor. Third-party recipients are named <c>Type.Method</c> whatever the method
/// (<see cref="ThirdPartySinkCatalog"/>), and serializers by the type they are called on (<see cref="SerializationSinkCatalog"/>).
/// </summary>
internal static class CallNames
{
    /// <summary>The name of a method, or of a constructor's type.</summary>
    public static string Of(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name
        : method.IsStatic && !method.IsExtensionMethod ? method.ContainingType.Name + "." + method.Name
        : method.Name;
}
