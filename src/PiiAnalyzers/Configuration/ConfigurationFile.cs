using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// Reads <c>PiiAnalyzers.txt</c> files into a <see cref="PrivacyConfiguration"/>. The format, one declaration
/// per line, fields separated by whitespace, a comment from a <c>#</c> that starts a field (at the start of
/// the line or after whitespace; <c>M:Vendor.Client.#ctor</c> is an id) to the end of the line:
/// <code>
/// personal_data       P:Vendor.Models.Customer.Email   Email
/// not_personal_data   P:Vendor.Models.Customer.TenantId
/// third_party         T:Segment.Analytics              Analytics
/// consent_check       P:Vendor.Consents.MarketingAllowed  Marketing
/// redactor            M:Vendor.Text.Mask(System.String)
/// log_sink            M:Vendor.Diagnostics.Audit.Write(System.String)
/// serialization_sink  M:Vendor.Cache.Put(System.String,System.Object)
/// </code>
/// Every additional file whose name is <c>PiiAnalyzers.txt</c> (any case, any folder) counts, read in the
/// ordinal order of their paths. A line that cannot be used is skipped and recorded as a <see cref="ConfigurationError"/>
/// (reported as PII900); nothing in a file makes this throw.
/// </summary>
internal static class ConfigurationFile
{
    /// <summary>After this many errors in one file, the rest of the file is not read (a binary file would flood the build).</summary>
    public const int MaxErrorsPerFile = 100;

    private static readonly char[] Separators = { '/', '\\' };

    /// <summary>The configuration declared by the compilation's <c>PiiAnalyzers.txt</c> additional files.</summary>
    public static PrivacyConfiguration Load(Compilation compilation, ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        if (files.IsDefaultOrEmpty)
        {
            return PrivacyConfiguration.Empty;
        }

        ConfigurationReader? reader = null;
        foreach (AdditionalText file in ConfigurationFilesOf(files))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.GetText(cancellationToken) is not { } text)
            {
                continue; // unreadable: the compiler reports it; there is no line to name
            }

            reader ??= new ConfigurationReader(compilation, cancellationToken);
            Read(reader, file, text, cancellationToken);
        }

        return reader?.Build() ?? PrivacyConfiguration.Empty;
    }

    /// <summary>
    /// The paths and content checksums of the configuration files: equal exactly when <see cref="Load"/> reads the same
    /// (an editor keeps the compilation when only an additional file changes).
    /// </summary>
    public static string VersionOf(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        var version = new System.Text.StringBuilder();
        foreach (AdditionalText file in ConfigurationFilesOf(files))
        {
            version.Append(file.Path).Append('\n');
            if (file.GetText(cancellationToken) is { } text)
            {
                foreach (byte b in text.GetChecksum())
                {
                    version.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            version.Append('\n');
        }

        return version.ToString();
    }

    /// <summary>
    /// The configuration files among the additional files, in path order whatever order the host lists them in (so that
    /// which of two repeated lines is "the first" does not change from one build to the next); a file listed twice once.
    /// </summary>
    private static IEnumerable<AdditionalText> ConfigurationFilesOf(ImmutableArray<AdditionalText> files)
    {
        var configurationFiles = new SortedDictionary<string, AdditionalText>(StringComparer.Ordinal);
        if (!files.IsDefault)
        {
            foreach (AdditionalText file in files)
            {
                if (file?.Path is { } path && IsConfigurationFile(path) && !configurationFiles.ContainsKey(path))
                {
                    configurationFiles.Add(path, file);
                }
            }
        }

        return configurationFiles.Values;
    }

    /// <summary>Whether an additional file is a configuration file: its name is <c>PiiAnalyzers.txt</c>, in any case.</summary>
    public static bool IsConfigurationFile(string path) =>
        string.Equals(FileNameOf(path), PrivacyConfiguration.FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name of a path, <c>/src/App/PiiAnalyzers.txt</c> → <c>PiiAnalyzers.txt</c> (no file system access, any characters).</summary>
    public static string FileNameOf(string path) => path.Substring(path.LastIndexOfAny(Separators) + 1);

    private static void Read(ConfigurationReader reader, AdditionalText file, SourceText text, CancellationToken cancellationToken)
    {
        int errors = 0;
        foreach (TextLine line in text.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = LineFields.Split(text.ToString(line.Span));
            if (fields.Count == 0)
            {
                continue; // blank or comment
            }

            var span = new TextSpan(line.Start + fields.Start, fields.End - fields.Start);
            if (errors == MaxErrorsPerFile)
            {
                reader.Error(file, text, span, $"{MaxErrorsPerFile} errors already: this line and the rest of the file are ignored");
                return;
            }

            if (reader.Declare(file, line.LineNumber, fields) is { } problem)
            {
                reader.Error(file, text, span, problem);
                errors++;
            }
        }
    }
}

/// <summary>
/// The fields of one line: up to the first four (a fourth is always one too many) and where the declaration
/// starts and ends in the line, without indentation, trailing whitespace or comment.
/// </summary>
internal readonly struct LineFields
{
    private readonly string[] _fields;

    private LineFields(string[] fields, int count, int start, int end)
    {
        _fields = fields;
        Count = count;
        Start = start;
        End = end;
    }

    /// <summary>How many fields the line has, counting at most four.</summary>
    public int Count { get; }

    /// <summary>Where the first field starts in the line.</summary>
    public int Start { get; }

    /// <summary>Where the last field ends in the line.</summary>
    public int End { get; }

    /// <summary>The field at an index, or <see langword="null"/> past the last one.</summary>
    public string? this[int index] => index < Count ? _fields[index] : null;

    /// <summary>
    /// Splits a line at whitespace (a byte-order mark counts as whitespace), up to a <c>#</c> that starts a field:
    /// inside a field, as in <c>M:Vendor.Client.#ctor</c>, it is part of the field.
    /// </summary>
    public static LineFields Split(string line)
    {
        var fields = new string[4];
        int count = 0;
        int start = 0;
        int end = 0;
        int i = 0;
        while (i < line.Length)
        {
            if (IsSeparator(line[i]))
            {
                i++;
                continue;
            }

            if (line[i] == '#')
            {
                break;
            }

            int fieldStart = i;
            while (i < line.Length && !IsSeparator(line[i]))
            {
                i++;
            }

            if (count == 0)
            {
                start = fieldStart;
            }

            if (count < fields.Length)
            {
                fields[count++] = line.Substring(fieldStart, i - fieldStart);
            }

            end = i;
        }

        return new LineFields(fields, count, start, end);
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
