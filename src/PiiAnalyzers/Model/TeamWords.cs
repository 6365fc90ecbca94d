using System.Collections.Immutable;
using System.Text;
using PiiAnalyzers.Configuration;

namespace PiiAnalyzers.Model;

/// <summary>
/// A team's own words for inference mode and PII006, from <c>PiiAnalyzers.txt</c>: <c>personal_data_word MemberNo Other</c>
/// makes a name that ends in <c>MemberNo</c> (before a neutral suffix such as <c>Value</c>) personal data of the kind;
/// <c>not_personal_data_word Handle</c> keeps a name ending in <c>Handle</c> out. They win over the package's vocabulary
/// for the name; the context rules (settings types, the organisation's own types, numbers) still apply.
/// </summary>
internal sealed class TeamWords
{
    /// <summary>The longest run of a name's last words looked up.</summary>
    private const int MaxWords = 4;

    private readonly ImmutableDictionary<string, string> _personal;
    private readonly ImmutableHashSet<string> _notPersonal;

    /// <summary>The verdicts by name: names repeat across a code base.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, TeamVerdict?> _verdicts = new(CacheSettings.ConcurrencyLevel, CacheSettings.Capacity, System.StringComparer.Ordinal);

    public TeamWords(PrivacyConfiguration configuration)
    {
        _personal = configuration.PersonalDataWords;
        _notPersonal = configuration.NotPersonalDataWords;
    }

    /// <summary>Whether the team declared no word.</summary>
    public bool IsEmpty => _personal.IsEmpty && _notPersonal.IsEmpty;

    /// <summary>
    /// The team's verdict on a name, or <see langword="null"/> when none of its words ends the name: a match for a
    /// personal-data word, or <see cref="TeamVerdict.NotPersonal"/>. The longest run of last words wins.
    /// </summary>
    public TeamVerdict? Judge(string name) => IsEmpty ? null : _verdicts.GetOrAdd(name, Compute);

    private TeamVerdict? Compute(string name)
    {
        ImmutableArray<Word> words = PersonalDataVocabulary.Split(name);
        for (int end = words.Length - 1; end >= 0; end--)
        {
            if (JudgeEndingAt(name, words, end) is { } verdict)
            {
                return verdict;
            }

            // A neutral suffix may follow the word (MemberNoValue); the word itself may end in one (MemberNo).
            if (!PersonalDataVocabulary.NeutralSuffixes.Contains(words[end].Normalized))
            {
                break;
            }
        }

        return null;
    }

    private TeamVerdict? JudgeEndingAt(string name, ImmutableArray<Word> words, int end)
    {
        for (int start = System.Math.Max(0, end - MaxWords + 1); start <= end; start++)
        {
            var phrase = new StringBuilder();
            for (int i = start; i <= end; i++)
            {
                phrase.Append(words[i].Lower);
            }

            string key = phrase.ToString();
            if (_notPersonal.Contains(key))
            {
                return TeamVerdict.NotPersonal;
            }

            if (_personal.TryGetValue(key, out string? kind))
            {
                return new TeamVerdict(new VocabularyMatch(kind, name.Substring(words[start].Start, words[end].End - words[start].Start)));
            }
        }

        return null;
    }
}

/// <summary>What a team's word says of a name: the personal data it is, or (<see cref="Match"/> <see langword="null"/>) not personal data.</summary>
internal sealed class TeamVerdict
{
    public static readonly TeamVerdict NotPersonal = new(null);

    public TeamVerdict(VocabularyMatch? match) => Match = match;

    public VocabularyMatch? Match { get; }
}
