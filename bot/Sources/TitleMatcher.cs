using System.Globalization;
using System.Text;

namespace StudyBot.Sources;

// Finds the titles closest to what someone typed: titles holding the typed words first, then shared
// letter trigrams, so "stakanov" still finds "Stakhanov's record shift".
internal static class TitleMatcher
{
    public const double Contains = 2.0;

    public static IReadOnlyList<T> Closest<T>(IEnumerable<T> items, Func<T, string> title, string typed, int count, double minimum = 0.0)
    {
        var wanted = Normalize(typed);
        if (wanted.Length == 0)
        {
            return [.. items.Take(count)];
        }

        var grams = Trigrams(wanted);
        var scored = items.Select(item => (item, score: Score(Normalize(title(item)), wanted, grams))).ToList();

        // Titles that contain what was typed are what the person meant; near misses only fill an empty list.
        var floor = scored.Any(pair => pair.score >= Contains) ? Contains : minimum;
        return [.. scored
            .Where(pair => pair.score >= floor && pair.score > minimum)
            .OrderByDescending(pair => pair.score)
            .ThenBy(pair => title(pair.item), StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(pair => pair.item)];
    }

    public static double Score(string normalizedTitle, string normalizedTyped, HashSet<string> typedGrams)
    {
        if (normalizedTitle.Contains(normalizedTyped, StringComparison.Ordinal) || EveryWordStartsAWord(normalizedTitle, normalizedTyped))
        {
            return Contains + (normalizedTitle.StartsWith(normalizedTyped, StringComparison.Ordinal) ? 0.5 : 0.0);
        }

        var titleGrams = Trigrams(normalizedTitle);
        var shared = typedGrams.Count(titleGrams.Contains);
        return typedGrams.Count == 0 ? 0 : (double)shared / typedGrams.Count;
    }

    // "speech 1931" names "Stalin's speech to managers, 4 February 1931": each typed word begins a title word.
    private static bool EveryWordStartsAWord(string normalizedTitle, string normalizedTyped)
    {
        var titleWords = normalizedTitle.Split(' ');
        return normalizedTyped.Split(' ').All(typed => titleWords.Any(word => word.StartsWith(typed, StringComparison.Ordinal)));
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static HashSet<string> Trigrams(string normalized)
    {
        var padded = $" {normalized} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
