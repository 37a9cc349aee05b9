namespace StudyBot.Essays.Checks;

// Said first, because they explain why the rest of the feedback may be thin.
internal static class LanguageChecks
{
    public const int ShortEssayWords = 100;

    public const string NotEnglish = "This doesn't look like English. The analyzer reads English cue words, so it cannot say much about the structure of text in another language.";

    public static void Run(EssayContext essay, CheckResults results)
    {
        if (!essay.Quality.IsEnglish)
        {
            results.Fail("english", NotEnglish);
        }

        if (essay.Quality.IsShouting)
        {
            results.Fail("capitals", "The essay is written in capital letters. Use ordinary sentence case: capitals make names hard to spot, for a marker and for this analyzer.", 1);
            results.Suggest(Priority.Sentences, "capitals", "capitals", 1, null, "Rewrite the essay in sentence case: capital letters only for the start of sentences and for names.");
        }

        var words = essay.Paragraphs.Sum(p => p.WordCount);
        if (words < ShortEssayWords)
        {
            results.Fail("length", $"The essay is {words} words long: too short to explain and support an argument. A full answer usually needs several paragraphs.");
        }
    }
}
