using BenchmarkDotNet.Attributes;
using StudyBot.Packs;
using StudyBot.Quiz.Matching;

namespace StudyBot.Bench.Quiz;

// Typed answers as students write them: a short answer with a typo and extra words, a number in
// words, a true/false, and a multiple-choice answer typed as part of the choice's text.
[MemoryDiagnoser]
public class AnswerMatchingBenchmarks
{
    private static readonly Question Short = new("q-short", QuestionType.ShortAnswer, "Which body drew up the Five-Year Plans?", [], "Gosplan",
        ["the State Planning Committee"], null, "", null, Difficulty.Easy, []);

    private static readonly Question Numeric = new("q-num", QuestionType.Numeric, "Coal output in 1932 (million tons)?", [], "64", [], 0.5, "", null, Difficulty.Easy, []);

    private static readonly Question TrueFalse = new("q-tf", QuestionType.TrueFalse, "Stakhanov cut 102 tons in one shift.", [], "true", [], null, "", null, Difficulty.Easy, []);

    private static readonly Question Choice = new("q-mc", QuestionType.MultipleChoice, "Coal target?", ["35.4 million tons", "64 million tons", "75 million tons", "128 million tons"],
        "75 million tons", [], null, "", null, Difficulty.Easy, []);

    [Benchmark]
    public bool ShortAnswerWithTypo() => AnswerMatcher.IsCorrect(Short, "i think it was the gosplann");

    [Benchmark]
    public bool NumberInWords() => AnswerMatcher.IsCorrect(Numeric, "sixty-four million");

    [Benchmark]
    public bool TrueOrFalse() => AnswerMatcher.IsCorrect(TrueFalse, "True.");

    [Benchmark]
    public bool ChoiceByPart() => AnswerMatcher.IsCorrect(Choice, "75");
}
