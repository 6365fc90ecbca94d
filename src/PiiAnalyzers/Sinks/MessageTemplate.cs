using System.Collections.Generic;

namespace PiiAnalyzers.Sinks;

/// <summary>
/// The holes of a structured-logging message template (<c>"Order {OrderId} for {@Customer}"</c>): their order
/// and whether each destructures its value (<c>@</c>). Serilog and NLog match arguments to holes by position
/// (or by index when every hole is numeric).
/// </summary>
internal static class MessageTemplate
{
    private static readonly bool[] NoneDestructured = System.Array.Empty<bool>();

    /// <summary>
    /// For each argument position after the template, whether its hole destructures it (a position past the end does not).
    /// A template without <c>@</c>, almost every one a sink is called with, is not parsed.
    /// </summary>
    public static IReadOnlyList<bool> DestructuringByPosition(string template)
    {
        if (template.IndexOf('@') < 0)
        {
            return NoneDestructured;
        }

        var holes = new List<(string Name, bool Destructure)>();
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            int close = template.IndexOf('}', i + 1);
            if (close < 0)
            {
                break;
            }

            string body = template.Substring(i + 1, close - i - 1);
            bool destructure = body.StartsWith("@", System.StringComparison.Ordinal);
            string name = body.TrimStart('@', '$');
            int end = name.IndexOfAny(new[] { ',', ':' });
            holes.Add((end < 0 ? name : name.Substring(0, end), destructure));
            i = close;
        }

        bool allNumeric = holes.Count > 0 && holes.TrueForAll(h => int.TryParse(h.Name, out _));
        if (!allNumeric)
        {
            return holes.ConvertAll(h => h.Destructure);
        }

        var byIndex = new List<bool>();
        foreach ((string name, bool destructure) in holes)
        {
            int index = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
            if (index > 1024)
            {
                continue;
            }

            while (byIndex.Count <= index)
            {
                byIndex.Add(false);
            }

            byIndex[index] |= destructure;
        }

        return byIndex;
    }
}
