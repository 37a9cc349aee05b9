namespace StudyBot.Quiz.Matching;

// A word (lower case, accents and apostrophes dropped) or a number in canonical invariant form.
internal readonly record struct AnswerToken(string Text, bool IsNumber)
{
    public static AnswerToken Word(string text) => new(text, false);

    public static AnswerToken Number(double value) => new((value == 0 ? 0 : value).ToString(System.Globalization.CultureInfo.InvariantCulture), true);

    public double Value => double.Parse(Text, System.Globalization.CultureInfo.InvariantCulture);
}
