using StudyBot.Essays.Checks;
using StudyBot.Essays.Cues;
using StudyBot.Essays.Text;

namespace StudyBot.Essays;

// Text and an optional question in, a report out: no I/O, no shared state, safe on any input.
internal static class EssayAnalyzer
{
    public const int MaxCharacters = 1_000_000;
    public const int MaxNextSteps = 3;

    public static EssayReport Analyze(string? text, EssayPrompt? question = null)
    {
        text ??= "";
        string? notice = null;
        if (text.Length > MaxCharacters)
        {
            text = text[..MaxCharacters];
            notice = $"The text is longer than {MaxCharacters:N0} characters; only the first {MaxCharacters:N0} were analysed.";
        }

        var quality = TextQuality.Of(text);
        if (quality.IsEmpty || !quality.IsReadable)
        {
            return Unmarkable(quality);
        }

        if (!quality.IsEnglish)
        {
            notice ??= LanguageChecks.NotEnglish;
        }

        var terms = QuestionTerms.From(question);
        var lower = Lowercase.Of(text);
        var (title, paragraphs, stems) = EssayLayout.Read(text, lower, terms, quality.IsShouting);
        var essay = new EssayContext(text, lower, title, paragraphs, stems, terms, quality);
        var results = new CheckResults();
        EssayChecks.Run(essay, results);
        var level = LevelLadder.Decide(essay, results);
        return new EssayReport(title, quality.Words, paragraphs, results.Checks, level, results.NextSteps(MaxNextSteps), notice);
    }

    private static EssayReport Unmarkable(TextQuality quality)
    {
        var (id, message) = quality.IsEmpty
            ? ("has_text", "There is no essay text to analyse: paste the essay or attach it as a file.")
            : ("readable_text", "This does not look like essay text: most of its characters are not letters (perhaps a binary file or a broken paste). Paste the essay as plain text.");
        var check = new EssayCheck(id, false, message);
        var level = new EssayLevel(0, LevelLadder.Names[0], [message]);
        return new EssayReport(null, quality.Words, [], [check], level, [], message);
    }
}
