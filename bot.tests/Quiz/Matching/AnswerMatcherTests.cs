using StudyBot.Packs;
using StudyBot.Quiz.Matching;

namespace StudyBot.Tests.Quiz.Matching;

// Every matching rule, one row each: the rule, the question's answer (and alternatives), what was typed, the verdict.
public sealed class AnswerMatcherTests
{
    [Theory]
    // Case, accents and punctuation are ignored.
    [InlineData("case", "Gosplan", "", "GOSPLAN", true)]
    [InlineData("accents", "Magnitogorsk", "", "Mägnitögorsk", true)]
    [InlineData("accents in the answer", "Pétain", "", "petain", true)]
    [InlineData("punctuation", "labour book", "", "labour-book!!", true)]
    [InlineData("apostrophes", "Stalin's purges", "", "stalins purges", true)]
    [InlineData("markdown around the answer", "wrecking", "", "**wrecking**", true)]
    // Surrounding words are ignored, but not a whole paragraph.
    [InlineData("words before", "Stakhanov", "", "it was Alexei Stakhanov", true)]
    [InlineData("article", "Gulag", "", "the gulag", true)]
    [InlineData("too many words around", "Gulag", "", "one two three four five six gulag", false)]
    // Accepted alternatives.
    [InlineData("alternative", "labour book", "work book|labor book", "labor book", true)]
    [InlineData("alternative with a typo", "labour book", "work book", "wrok book", true)]
    [InlineData("not an alternative", "labour book", "work book", "passport", false)]
    // Words split or joined.
    [InlineData("answer split in two", "Gosplan", "", "gos plan", true)]
    [InlineData("two words joined", "labour book", "", "labourbook", true)]
    // Typos in proportion to length: none up to 3 letters, one for 4-7, two from 8.
    [InlineData("3 letters, exact", "Ufa", "", "ufa", true)]
    [InlineData("3 letters, one typo", "Ufa", "", "ufo", false)]
    [InlineData("5 letters, one typo", "Scott", "", "Scot", true)]
    [InlineData("5 letters, two typos", "Scott", "", "Sco", false)]
    [InlineData("7 letters, swapped letters count once", "Gosplan", "", "Gsoplan", true)]
    [InlineData("9 letters, two typos", "Stakhanov", "", "Stakanof", true)]
    [InlineData("9 letters, three typos", "Stakhanov", "", "Stkanof", false)]
    [InlineData("wrong word", "wrecking", "", "sabotage", false)]
    // Numbers and dates must be exact, whatever the letters do.
    [InlineData("date exact", "31 August 1935", "", "31st August 1935", true)]
    [InlineData("date one year off", "31 August 1935", "", "31 August 1936", false)]
    [InlineData("date with a typo in the month", "31 August 1935", "", "31 Agust 1935", true)]
    [InlineData("number in text one off", "Order 270", "", "order 271", false)]
    [InlineData("missing number", "Order 270", "", "order", false)]
    // Number words equal digits.
    [InlineData("number words", "64 million tons", "", "sixty-four million tons", true)]
    [InlineData("hundred and", "102 tons", "", "one hundred and two tons", true)]
    [InlineData("thousands", "1500", "", "one thousand five hundred", true)]
    [InlineData("digits with a thousands comma", "1500", "", "1,500", true)]
    // Nothing useful typed.
    [InlineData("empty", "Gosplan", "", "", false)]
    [InlineData("only spaces and punctuation", "Gosplan", "", "  ?! ", false)]
    [InlineData("emoji", "Gosplan", "", "🤔🤔", false)]
    [InlineData("right-to-left text", "Gosplan", "", "גוספלאן", false)]
    [InlineData("mention", "Gosplan", "", "@everyone <@123>", false)]
    [InlineData("emoji beside the answer", "Gosplan", "", "Gosplan 🎉", true)]
    public void ShortAnswer_Rule(string rule, string answer, string accept, string typed, bool expected)
    {
        var question = Short(answer, accept.Length == 0 ? [] : accept.Split('|'));

        Assert.True(expected == AnswerMatcher.IsCorrect(question, typed), $"{rule}: '{typed}' for '{answer}' should be {(expected ? "right" : "wrong")}");
    }

    [Theory]
    [InlineData("digits", "102", null, "102", true)]
    [InlineData("words", "102", null, "one hundred and two", true)]
    [InlineData("hyphenated words", "64", null, "sixty-four", true)]
    [InlineData("surrounding words and units", "64", 0.5, "about 64 million tons", true)]
    [InlineData("within tolerance", "64", 0.5, "64.4", true)]
    [InlineData("outside tolerance", "64", 0.5, "64.6", false)]
    [InlineData("no tolerance, one off", "1931", 0.0, "1932", false)]
    [InlineData("decimal comma", "0.5", null, "0,5", true)]
    [InlineData("two different numbers are a hedge", "1931", 0.0, "1930 or 1931", false)]
    [InlineData("the same number twice", "1931", 0.0, "1931, yes 1931", true)]
    [InlineData("no number", "1931", 0.0, "the early thirties", false)]
    [InlineData("ordinal", "7", null, "7th", true)]
    public void Numeric_Rule(string rule, string answer, double? tolerance, string typed, bool expected)
    {
        var question = new Question("n", QuestionType.Numeric, "How many?", [], answer, [], tolerance, "", null, Difficulty.Easy, []);

        Assert.True(expected == AnswerMatcher.IsCorrect(question, typed), $"{rule}: '{typed}' for {answer}±{tolerance} should be {(expected ? "right" : "wrong")}");
    }

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("true", "Yes", true)]
    [InlineData("true", "T", true)]
    [InlineData("false", "false.", true)]
    [InlineData("false", "true", false)]
    [InlineData("true", "maybe", false)]
    [InlineData("true", "true false", false)]
    public void TrueFalse_TypedWords(string answer, string typed, bool expected)
    {
        var question = new Question("t", QuestionType.TrueFalse, "?", [], answer, [], null, "", null, Difficulty.Easy, []);

        Assert.Equal(expected, AnswerMatcher.IsCorrect(question, typed));
    }

    [Theory]
    [InlineData("64 million tons", 1)]
    [InlineData("64", 1)]
    [InlineData("seventy-five million", 2)]
    [InlineData("million tons", null)]
    [InlineData("", null)]
    public void ChoiceIndex_NamesOneChoiceOrNone(string typed, int? expected)
    {
        Assert.Equal(expected, AnswerMatcher.ChoiceIndex(["35 million tons", "64 million tons", "75 million tons"], typed));
    }

    [Fact]
    public void IsCorrect_TenThousandCharacters_IsWrongAndQuick()
    {
        var typed = string.Concat(Enumerable.Repeat("Gosplan ", 1250));

        Assert.False(AnswerMatcher.IsCorrect(Short("Gosplan", []), typed));
    }

    private static Question Short(string answer, IReadOnlyList<string> accept) =>
        new("s", QuestionType.ShortAnswer, "?", [], answer, accept, null, "", null, Difficulty.Easy, []);
}
