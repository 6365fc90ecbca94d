using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PiiAnalyzers.Model;

/// <summary>
/// Which assemblies are the .NET framework's: those signed with one of Microsoft's public keys (the runtime, ASP.NET Core,
/// the Microsoft.Extensions libraries). Decided by the key, not the name, so a project of the solution called
/// <c>Microsoft.Contoso.Domain</c> is not taken for the framework, and the answer is the same whether the project arrives
/// as a compilation reference or as a built assembly (the key is part of the assembly's identity in both).
/// </summary>
internal static class FrameworkAssemblies
{
    /// <summary>The public key tokens of Microsoft's framework assemblies.</summary>
    private static readonly ImmutableArray<ImmutableArray<byte>> MicrosoftKeyTokens = ImmutableArray.Create(
        Token("b77a5c561934e089"), // ECMA: mscorlib, System.Private.CoreLib
        Token("b03f5f7f11d50a3a"), // Microsoft: System.* facades, System.Runtime
        Token("cc7b13ffcd2ddd51"), // netstandard, System.* of .NET Core
        Token("7cec85d7bea7798e"), // System.Private.*
        Token("adb9793829ddae60"), // ASP.NET Core, Microsoft.Extensions.*
        Token("31bf3856ad364e35")); // Microsoft shared libraries

    /// <summary>Whether the assembly is signed with one of Microsoft's framework keys.</summary>
    public static bool IsFramework(IAssemblySymbol assembly) => IsFramework(assembly.Identity);

    /// <summary>Whether the identity carries one of Microsoft's framework keys.</summary>
    public static bool IsFramework(AssemblyIdentity identity)
    {
        ImmutableArray<byte> token = identity.PublicKeyToken;
        if (token.IsDefaultOrEmpty || token.Length != 8)
        {
            return false;
        }

        foreach (ImmutableArray<byte> known in MicrosoftKeyTokens)
        {
            if (token.SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a framework assembly can still carry markers: ASP.NET Core Identity marks its users' members
    /// <c>[PersonalData]</c>, and Microsoft.Extensions.Compliance declares classifications.
    /// </summary>
    public static bool CarriesMarkers(IAssemblySymbol assembly)
    {
        string name = assembly.Identity.Name;
        return name.IndexOf("Identity", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("Compliance", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static ImmutableArray<byte> Token(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = Convert.ToByte(hex.Substring(2 * i, 2), 16);
        }

        return ImmutableArray.Create(bytes);
    }
}
