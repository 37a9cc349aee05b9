using StudyBot.Essays.Cues;
using StudyBot.Essays.Text;
using StudyBot.Text;

namespace StudyBot.Essays.Checks;

// Key terms spelled wrongly (within one or two edits of a question or pack term) and the common
// confusions in Confusions. Reported with where they are; paragraph 0 is the title.
internal static class SpellingCheck
{
    private const int MaxListed = 5;

    public static void Run(EssayContext essay, CheckResults results)
    {
        var found = new List<(int At, string Wrong, string Fix)>();
        foreach (var (pattern, fix) in Confusions.Rules)
        {
            if (!PatternFilter.MayMatch(pattern, essay.Lower))
            {
                continue;
            }

            foreach (var m in pattern.EnumerateMatches(essay.Lower))
            {
                var wrong = essay.Text.Substring(m.Index, m.Length);
                var meant = Confusions.Corrections.TryGetValue(wrong, out var c) ? $"“{c}”" : fix;
                found.Add((m.Index, wrong, meant));
            }
        }

        found.AddRange(KeyTerms(essay));
        if (found.Count == 0)
        {
            results.Pass("spelling", "No misspelt key terms or common confusions were found.");
            return;
        }

        found = [.. found.DistinctBy(f => f.At).OrderBy(f => f.At)];
        var first = found[0];
        var paragraph = ParagraphAt(essay, first.At);
        var listed = string.Join("; ", found.Take(MaxListed).Select(f => $"“{f.Wrong}” → {f.Fix}"));
        var more = found.Count > MaxListed ? $" (and {found.Count - MaxListed} more)" : "";
        results.Fail("spelling", $"Check the spelling: {listed}{more}.", paragraph);
        var where = paragraph == 0 ? "the title" : $"paragraph {paragraph}";
        results.Suggest(Priority.Spelling, "spelling", "spelling", paragraph, null,
            $"Correct the spelling, starting in {where}: “{first.Wrong}” → {first.Fix}.");
    }

    // Each distinct word is judged once, looked up by span so a long essay allocates little.
    private static List<(int At, string Wrong, string Fix)> KeyTerms(EssayContext essay)
    {
        var found = new List<(int, string, string)>();
        var targets = essay.Terms.All.SelectMany(t => Words.In(t.Display))
            .Select(w => Stemmer.Normalise(w.Text)).Where(w => w.Length >= 7).Distinct()
            .Select(t => (Text: t, Stem: Stemmer.Stem(t))).ToList();
        if (targets.Count == 0)
        {
            return found;
        }

        var shortest = targets.Min(t => t.Text.Length) - 2;
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lookup = verdicts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var m in Words.Spans(essay.Lower))
        {
            var word = essay.Lower.AsSpan(m.Index, m.Length);
            if (word.Length < shortest)
            {
                continue;
            }

            if (!lookup.TryGetValue(word, out var meant))
            {
                var key = word.ToString();
                meant = Closest(Stemmer.Normalise(key), targets);
                verdicts[key] = meant;
            }

            if (meant is not null)
            {
                found.Add((m.Index, essay.Text.Substring(m.Index, m.Length), $"“{meant}”"));
            }
        }

        return found;
    }

    // Stems are worked out once, the word's only when a target gets that far.
    private static string? Closest(string word, List<(string Text, string Stem)> targets)
    {
        string? stem = null;
        foreach (var (target, targetStem) in targets)
        {
            var limit = target.Length >= 10 ? 2 : 1;
            if (word == target || word[0] != target[0] || Math.Abs(word.Length - target.Length) > limit || (stem ??= Stemmer.Stem(word)) == targetStem)
            {
                continue;
            }

            // "socialism" and "socialist" differ only in their endings: two words, not a misspelling.
            if (CommonPrefix(word, target) >= Math.Max(word.Length, target.Length) - 2)
            {
                continue;
            }

            if (Damerau.Within(word, target, limit))
            {
                return target;
            }
        }

        return null;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    public static int ParagraphAt(EssayContext essay, int offset)
    {
        var p = essay.Paragraphs.FirstOrDefault(p => offset >= p.Start && offset < p.End);
        return p?.Number ?? (essay.Title is { } t && offset < t.End ? 0 : 1);
    }
}
