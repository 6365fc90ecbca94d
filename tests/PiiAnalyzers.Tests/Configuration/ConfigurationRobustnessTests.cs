using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using PiiAnalyzers.Configuration;
using PiiAnalyzers.Diagnostics;
using PiiAnalyzers.Rules;
using Xunit;

namespace PiiAnalyzers.Tests.Configuration;

/// <summary>Whatever a configuration file holds, reading it never throws and every error names a line of the file.</summary>
public class ConfigurationRobustnessTests
{
    private static readonly string[] Keywords =
    {
        "personal_data", "not_personal_data", "third_party", "consent_check", "redactor", "log_sink", "serialization_sink", "bogus",
    };

    [Fact]
    public void AnEmptyFile_DeclaresNothing()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", ""));

        Assert.Empty(configuration.Errors);
        Assert.False(configuration.DeclaresPersonalData);
    }

    [Theory]
    [InlineData("\n\n\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF# only a comment")]
    [InlineData("   \t  \u00a0")]
    [InlineData("#personal_data P:Vendor.Models.Customer.Email Email")]
    [InlineData("\u2028\u2029\u0085")]
    public void BlankAndCommentOnlyFiles_DeclareNothing(string content)
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", content));

        Assert.Empty(configuration.Errors);
        Assert.False(configuration.DeclaresPersonalData);
    }

    [Fact]
    public void AFileThatCannotBeRead_IsSkipped()
    {
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText("/0/PiiAnalyzers.txt", (string?)null),
            new InMemoryAdditionalText("/1/PiiAnalyzers.txt", "personal_data P:Vendor.Models.Customer.Email Email"));

        var configuration = Vendor.Load(Vendor.Compilation(), files);

        Assert.Empty(configuration.Errors);
        Assert.True(configuration.DeclaresPersonalData);
    }

    [Fact]
    public void BinaryContent_GivesErrorsOnItsLines_AndNoException()
    {
        var random = new Random(20240601);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        var text = SourceText.From(new MemoryStream(bytes), Encoding.UTF8);

        var configuration = Load(text);

        AssertWellFormed(configuration, text);
        Assert.Equal(ConfigurationFile.MaxErrorsPerFile + 1, configuration.Errors.Length);
        Assert.Equal("100 errors already: this line and the rest of the file are ignored", configuration.Errors[^1].Message);
    }

    [Fact]
    public void ControlCharacters_AreEscapedInMessages()
    {
        var configuration = Vendor.Load(("PiiAnalyzers.txt", "per\u0001sonal\u0000_data P:X"));

        Assert.Equal(
            "unknown declaration 'per\\u0001sonal\\u0000_data'; expected one of personal_data, not_personal_data, source, personal_data_word, not_personal_data_word, third_party, first_party, consent_check, redactor, log_sink, serialization_sink",
            Assert.Single(configuration.Errors).Message);
    }

    [Fact]
    public void IdLikeNoise_GivesAnErrorPerLine_AndNoException()
    {
        var random = new Random(7);
        const string alphabet = "MTPFEN:.`{}()[],@*~#0123456789ABVendor \t";
        var lines = Enumerable.Range(0, 3000).Select(_ =>
        {
            var id = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            return Keywords[random.Next(Keywords.Length)] + " " + (random.Next(3) == 0 ? "M:Vendor." : "") + id;
        });
        var text = SourceText.From(string.Join("\n", lines));

        var compilation = Vendor.Compilation();
        foreach (var chunk in text.Lines.Chunk(90))
        {
            // Under the cap of a hundred errors per file, so that every line is read.
            var part = SourceText.From(string.Join("\n", chunk.Select(l => l.ToString())));
            AssertWellFormed(Load(part, compilation), part);
        }
    }

    [Fact]
    public void AVeryLongLine_IsOneError()
    {
        string line = "personal_data " + string.Concat(Enumerable.Repeat("P:Vendor.Models.Customer.Email ", 100_000));
        var text = SourceText.From(line + "\nredactor M:Vendor.Text.Mask(System.String)");

        var configuration = Load(text);

        AssertWellFormed(configuration, text);
        var error = Assert.Single(configuration.Errors);
        Assert.Equal("unexpected 'P:Vendor.Models.Customer.Email' after the kind: personal_data takes an id and a kind", error.Message);
        Assert.Equal(line.TrimEnd().Length, error.Span.Length);
    }

    [Fact]
    public void AVeryLongField_IsQuotedShort()
    {
        var text = SourceText.From(new string('x', 1_000_000));

        var error = Assert.Single(Load(text).Errors);

        Assert.StartsWith("unknown declaration '" + new string('x', 120) + "…'; expected one of", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("M:Vendor.Text.Mask(", "Vendor.Models.Box{")]
    [InlineData("M:Vendor.Text.Mask(", "(")]
    [InlineData("M:Vendor.Models.Box`1.Unwrap(", "[")]
    public void DeepNesting_DoesNotReachRoslynsRecursiveParser(string prefix, string level)
    {
        // A few thousand levels overflow the stack of Roslyn's id parser, which no catch survives.
        var text = SourceText.From("redactor " + prefix + string.Concat(Enumerable.Repeat(level, 200_000)));

        var configuration = RunOnSmallStack(() => Load(text));

        Assert.Contains("is too long for a documentation-comment id", Assert.Single(configuration.Errors).Message, StringComparison.Ordinal);
        var shorter = SourceText.From("redactor " + prefix + string.Concat(Enumerable.Repeat(level, 4000 / level.Length)));
        Assert.Contains("nests brackets more than 32 deep", Assert.Single(RunOnSmallStack(() => Load(shorter)).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NestingWithinTheLimit_IsParsedEvenOnASmallStack()
    {
        string id = "M:Vendor.Text.Mask(" + string.Concat(Enumerable.Repeat("Vendor.Models.Box{", 31)) + "System.String" + new string('}', 31) + ")";

        var configuration = RunOnSmallStack(() => Load(SourceText.From("redactor " + id)));

        Assert.Equal($"'{id[..120]}…' names nothing in this compilation", Assert.Single(configuration.Errors).Message);
    }

    [Fact]
    public async Task BinaryContent_ThroughTheAnalyzer_ReportsWithoutAD0001()
    {
        var random = new Random(99);
        var bytes = new byte[16 * 1024];
        random.NextBytes(bytes);
        var file = new InMemoryAdditionalText("/0/PiiAnalyzers.txt", SourceText.From(new MemoryStream(bytes), Encoding.UTF8));
        var exceptions = 0;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(file)),
            (_, _, _) => Interlocked.Increment(ref exceptions),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);

        var diagnostics = await Vendor.Compilation()
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new InvalidConfigurationAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync();

        Assert.Equal(0, exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.Equal(ConfigurationFile.MaxErrorsPerFile + 1, diagnostics.Count(d => d.Id == RuleIds.InvalidConfiguration));
        Assert.All(diagnostics, d => Assert.Equal("/0/PiiAnalyzers.txt", d.Location.GetLineSpan().Path));
    }

    private static PrivacyConfiguration Load(SourceText text, Compilation? compilation = null) =>
        Vendor.Load(compilation ?? Vendor.Compilation(), ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/0/PiiAnalyzers.txt", text)));

    /// <summary>Every error lies on one line of the text, with a message free of control characters.</summary>
    private static void AssertWellFormed(PrivacyConfiguration configuration, SourceText text)
    {
        foreach (ConfigurationError error in configuration.Errors)
        {
            Assert.InRange(error.Span.End, 0, text.Length);
            Assert.Equal(text.Lines.GetLinePositionSpan(error.Span), error.Lines);
            Assert.Equal(error.Lines.Start.Line, error.Lines.End.Line);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.DoesNotContain(error.Message, char.IsControl);
        }
    }

    /// <summary>Runs on a thread with a quarter of the usual stack, as a host under pressure might.</summary>
    private static T RunOnSmallStack<T>(Func<T> action)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("The action threw", failure);
    }
}
