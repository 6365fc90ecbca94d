using System;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace PiiAnalyzers.Tests.HarnessTests;

/// <summary>Asserts that a harness run fails, and that its message says why.</summary>
internal static class Expect
{
    public static async Task<string> FailureAsync(Func<Task> run, params string[] fragments)
    {
        var failure = await Assert.ThrowsAnyAsync<XunitException>(run);
        foreach (string fragment in fragments)
        {
            if (!failure.Message.Contains(fragment, StringComparison.Ordinal))
            {
                throw new XunitException($"The failure message does not contain \"{fragment}\". It is:\n{failure.Message}");
            }
        }

        return failure.Message;
    }
}
