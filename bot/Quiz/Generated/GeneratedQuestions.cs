using System.Collections.Concurrent;
using StudyBot.Commands;
using StudyBot.Packs;

namespace StudyBot.Quiz.Generated;

// Fill-the-blank questions made from a pack's excerpts, only for packs that allow them: one blank per
// sentence (a key term first, else a year or number), with wrong options of the same kind from the
// same pack. They are tagged "generated" and say so in their prompt. The same pack always yields the
// same questions with the same ids, so answers and review cards keep pointing at them.
internal static class GeneratedQuestions
{
    public const string Tag = "generated";
    public const string IdPrefix = "gen-";
    public const int MaxPerSource = 3;

    private static readonly ConcurrentDictionary<Pack, IReadOnlyList<Question>> Cache = new(ReferenceEqualityComparer.Instance);

    public static IReadOnlyList<Question> For(Pack pack) => pack.AllowGenerated ? Cache.GetOrAdd(pack, Make) : [];

    private static List<Question> Make(Pack pack)
    {
        var blanks = pack.Sources
            .SelectMany(s => BlankFinder.Sentences(s.Text).SelectMany(sentence => BlankFinder.All(sentence, pack.KeyTerms).Take(1)).Select(b => (Source: s, Blank: b)))
            .ToList();
        var pool = blanks.GroupBy(b => b.Blank.Kind).ToDictionary(g => g.Key, g => g.Select(b => b.Blank.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
        var questions = new List<Question>();
        foreach (var group in blanks.GroupBy(b => b.Source))
        {
            var n = 0;
            foreach (var (source, blank) in group)
            {
                var random = new Random(StableHash($"{pack.Id}/{source.Id}/{n}"));
                var wrong = pool[blank.Kind].Where(t => !string.Equals(t, blank.Text, StringComparison.OrdinalIgnoreCase)).ToArray();
                random.Shuffle(wrong);
                if (wrong.Length == 0 || n >= MaxPerSource)
                {
                    continue;
                }

                var prompt = $"Fill the blank (generated from \u201C{source.Title}\u201D): " + blank.Sentence[..blank.Start] + "_____" + blank.Sentence[(blank.Start + blank.Text.Length)..];
                questions.Add(new Question(
                    $"{IdPrefix}{source.Id}-{n}",
                    QuestionType.MultipleChoice,
                    Markdown.Truncate(prompt, 300),
                    [blank.Text, .. wrong.Take(3)],
                    blank.Text,
                    [],
                    null,
                    Markdown.Truncate("The excerpt reads: " + blank.Sentence, 500),
                    source.Id,
                    Difficulty.Medium,
                    [Tag, .. source.Tags]));
                n++;
            }
        }

        return questions;
    }

    // string.GetHashCode changes between runs; the questions must not.
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }
}
