namespace StudyBot.Essays.Checks;

// A clear position: the introduction (or the opening of a one-paragraph answer) says what the
// essay will argue, not only what happened.
internal static class PositionCheck
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        var opening = essay.Introduction ?? essay.Paragraphs[0];
        var position = opening.Sentences.FirstOrDefault(s => s.Has(SentenceRole.Position));
        if (position is not null)
        {
            var cue = position.Cues.First(c => c.Role == SentenceRole.Position);
            results.Pass("position", $"Paragraph {opening.Number} states a position (“{cue.Text}”).", opening.Number, position.Number);
            return;
        }

        var where = essay.Introduction is null && essay.Paragraphs.Count > 1
            ? "There is no introduction: the essay starts straight on its first point without saying what it will argue."
            : essay.Introduction is null
                ? "The answer never says at the start what it will argue."
                : $"The introduction (paragraph {opening.Number}) sets the scene but never says what the essay will argue.";
        results.Fail("position", where, opening.Number);
        var last = opening.Sentences[^1].Number;
        results.Suggest(Priority.Focus + 1, "focus", "position", opening.Number, last,
            $"End paragraph {opening.Number} with a sentence that answers the question directly, for example “The main reason was …, because …”, so the reader knows your argument from the start.");
    }
}
