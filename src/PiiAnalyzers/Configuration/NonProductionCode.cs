using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PiiAnalyzers.Configuration;

/// <summary>
/// Code that is not production, by the conventions of .NET solutions: test, benchmark, sample and demo projects,
/// command-line tools, and the folders and files of seeders, sample data and tests inside a project. Inference mode
/// leaves it out (its demo users and fixtures are nobody's data) unless
/// <c>pii_analyzers.infer_personal_data_in_non_production = true</c> turns it in; what is marked counts everywhere.
/// </summary>
internal static class NonProductionCode
{
    /// <summary>Dot-separated parts of an assembly name that make the project a test, benchmark, sample, demo, seeder or tool.</summary>
    private static readonly ImmutableHashSet<string> ProjectParts = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "test", "tests", "unittests", "unittest", "integrationtests", "integrationtest", "functionaltests", "acceptancetests",
        "e2e", "e2etests", "endtoendtests", "specs", "testing", "testhelpers", "testutilities",
        "testutils", "testcommon", "testshared", "fakes", "mocks", "benchmark", "benchmarks", "performancetests", "perf",
        "sample", "samples", "demo", "demos", "example", "examples", "playground", "sandbox", "seed", "seeder", "seeders",
        "seeding", "dataseeder", "devtools");

    /// <summary>Folder names, inside a project, of tests, seeders, sample data and demos.</summary>
    private static readonly ImmutableHashSet<string> Folders = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "test", "tests", "testing", "testhelpers", "testutilities", "fakes", "mocks", "seed", "seeds", "seeder", "seeders",
        "seeding", "seeddata", "sampledata", "demodata", "testdata", "fakedata", "demo", "demos", "samples", "benchmarks");

    /// <summary>Words in a file's name that make it a seeder or sample data (<c>CatalogContextSeed.cs</c>, <c>SampleDataService.cs</c>).</summary>
    private static readonly string[] FileNameParts = { "Seed", "Seeder", "Seeding", "SampleData", "DemoData", "TestData", "FakeData", "TestUsers", "DemoUsers", "SampleUsers" };

    /// <summary>Whether the project is a test, benchmark, sample, demo, seeder or tool (by its assembly name, or <c>IsTestProject</c>).</summary>
    public static bool IsProject(string? assemblyName, bool isTestProject)
    {
        if (isTestProject)
        {
            return true;
        }

        if (string.IsNullOrEmpty(assemblyName))
        {
            return false;
        }

        foreach (string part in assemblyName!.Split('.'))
        {
            if (ProjectParts.Contains(part) ||
                part.EndsWith("Tests", StringComparison.Ordinal) || part.EndsWith("Benchmarks", StringComparison.Ordinal) ||
                part.EndsWith("Specs", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a file of a production project is a test, seeder, sample data or demo, by its folders below the project's and its name.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="projectDirectory">The project's directory; folders above it say nothing (a clone may live in <c>~/samples</c>).</param>
    public static bool IsFile(string path, string? projectDirectory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return false;
        }

        string relative = path;
        if (!string.IsNullOrEmpty(projectDirectory))
        {
            // With its separator: /src/App is not a prefix of /src/AppSeed/x.cs.
            string directory = projectDirectory![projectDirectory.Length - 1] is '/' or '\\' ? projectDirectory : projectDirectory + "/";
            if (!path.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
            {
                return IsFileName(path.Substring(LastSeparator(path) + 1)); // a linked file from elsewhere: its name only
            }

            relative = path.Substring(directory.Length);
        }

        string[] segments = relative.Split(new[] { '/', '\\' }, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < segments.Length - 1; i++)
        {
            if (Folders.Contains(segments[i]))
            {
                return true;
            }
        }

        return segments.Length > 0 && IsFileName(segments[segments.Length - 1]);
    }

    /// <summary>The longest directory that holds every path (with its final separator), or <see langword="null"/>.</summary>
    public static string? CommonDirectory(IEnumerable<string> paths)
    {
        string? common = null;
        foreach (string path in paths.Where(p => !string.IsNullOrEmpty(p)))
        {
            string directory = path.Substring(0, LastSeparator(path) + 1);
            if (common is null)
            {
                common = directory;
                continue;
            }

            int length = 0;
            int same = Math.Min(common.Length, directory.Length);
            for (int i = 0; i < same && char.ToUpperInvariant(common[i]) == char.ToUpperInvariant(directory[i]); i++)
            {
                if (common[i] is '/' or '\\')
                {
                    length = i + 1;
                }
            }

            common = common.Substring(0, length);
        }

        return common;
    }

    /// <summary>Whether a part of the file's name, before its extension, has a seeder's or sample data's word (<c>CatalogContextSeed.cs</c>, <c>AppDbContext.Seed.cs</c>).</summary>
    private static bool IsFileName(string fileName)
    {
        int extension = fileName.LastIndexOf('.');
        string name = extension <= 0 ? fileName : fileName.Substring(0, extension);
        foreach (string part in FileNameParts)
        {
            // A word of the name: Seed in CatalogContextSeed and SeedData, not in Seedling.
            for (int at = name.IndexOf(part, StringComparison.Ordinal); at >= 0; at = name.IndexOf(part, at + 1, StringComparison.Ordinal))
            {
                int end = at + part.Length;
                if (end == name.Length || char.IsUpper(name[end]) || name[end] == '.')
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Where the last <c>/</c> or <c>\</c> of a path is, or -1.</summary>
    private static int LastSeparator(string path) => Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
}
