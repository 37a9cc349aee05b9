using StudyBot.Packs;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz;

// A small pack with one question of each type, for quiz and practice tests.
internal static class QuizPacks
{
    public static readonly Question Choice = new("mc", QuestionType.MultipleChoice, "How much coal in 1932?",
        ["35 million tons", "64 million tons", "75 million tons"], "64 million tons", [], null, "Output was 64 against a target of 75.", "coal", Difficulty.Medium, ["coal"]);

    public static readonly Question TrueFalse = new("tf", QuestionType.TrueFalse, "Stakhanov worked alone.",
        [], "false", [], null, "Others propped the roof for him.", "stakhanov", Difficulty.Easy, ["stakhanov"]);

    public static readonly Question Short = new("sa", QuestionType.ShortAnswer, "Which miner set the 1935 record?",
        [], "Stakhanov", ["Alexei Stakhanov"], null, "Alexei Stakhanov cut 102 tons.", "stakhanov", Difficulty.Easy, ["stakhanov"]);

    public static readonly Question Number = new("nu", QuestionType.Numeric, "How many tons did Stakhanov cut?",
        [], "102", [], 0, "102 tons, fourteen times the norm.", "stakhanov", Difficulty.Easy, ["stakhanov"]);

    public static readonly Question Year = new("yr", QuestionType.Numeric, "In which year was the labour-book decree?",
        [], "1938", [], 0, "December 1938.", null, Difficulty.Hard, ["law"]);

    public static Pack Pack() => TestPacks.Pack(
        "test",
        [TestPacks.Source("coal", "Coal output", "Coal: 64 million tons."), TestPacks.Source("stakhanov", "Stakhanov's shift", "102 tons.")],
        [Choice, TrueFalse, Short, Number, Year]);

    public static PackCatalog Catalog() => new([Pack()]);

    public static StudyBot.Packs.Uploads.GuildPacks Guild() => new(Catalog(), null);
}
