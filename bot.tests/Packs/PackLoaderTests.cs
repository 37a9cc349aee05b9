using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

public sealed class PackLoaderTests
{
    [Fact]
    public void Load_CompletePack_MapsEveryField()
    {
        var result = PackLoader.Load(SamplePacks.Complete, "sample.yaml");

        Assert.Empty(result.Errors);
        var expected = new Pack(
            "sample-pack", "Soviet industry", "History", "GCSE", "A small pack for tests.", true, ["Five-Year Plan", "Gosplan"],
            [new Source(
                "fyp-output", "Output in the first Five-Year Plan", "photograph description", "Gosplan", "4 February 1931",
                "Official figures", "To show the plan working", "Coal: 35 million tonnes in 1927, 64 in 1932.",
                ["What does the source show?", "How reliable is it?"], ["economy"], "Adapted from official figures")],
            [
                new Question(
                    "q-coal", QuestionType.MultipleChoice, "How much coal was produced in 1932?", ["35 million tonnes", "64 million tonnes"],
                    "64 million tonnes", [], null, "The figures claim 64 million tonnes.", "fyp-output", Difficulty.Easy, ["economy", "numbers"]),
                new Question(
                    "q-true", QuestionType.TrueFalse, "The first plan began in 1928.", [], "true", [], null,
                    "It ran from 1928 to 1932.", null, Difficulty.Medium, []),
                new Question(
                    "q-short", QuestionType.ShortAnswer, "What was the planning agency called?", [], "Gosplan", ["State Planning Committee"],
                    null, "Gosplan set the targets.", null, Difficulty.Hard, []),
                new Question(
                    "q-year", QuestionType.Numeric, "In which year did the first plan begin?", [], "1928", [], 0.5,
                    "October 1928.", null, Difficulty.Medium, []),
            ],
            [new EssayQuestion("essay-industry", "How successful were the Five-Year Plans?", ["Gosplan", "quotas"], ["Describe the aims.", "Weigh the evidence."])]);
        Assert.Equivalent(expected, result.Pack, strict: true);
        Assert.Equal(["q-coal", "q-true", "q-short", "q-year"], result.Pack!.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Load_OptionalKeysOmitted_UsesDefaults()
    {
        var yaml = SamplePacks.Head + "questions:\n  - {id: q1, type: short_answer, prompt: P, answer: A, explanation: E}\n";

        var pack = PackLoader.Load(yaml, "p.yaml").Pack!;

        Assert.Null(pack.Description);
        Assert.False(pack.AllowGenerated);
        Assert.Empty(pack.KeyTerms);
        Assert.Empty(pack.Sources);
        Assert.Empty(pack.EssayQuestions);
        Assert.Equal(Difficulty.Medium, pack.Questions[0].Difficulty);
        Assert.Null(pack.Questions[0].SourceId);
    }

    [Theory]
    [InlineData("true", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("'True'", "true")]
    [InlineData("\"false\"", "false")]
    public void Load_TrueFalseAnswer_StoresLowerCaseWord(string answer, string stored)
    {
        var yaml = SamplePacks.Head + SamplePacks.QuestionStart + $"    type: true_false\n    answer: {answer}\n";

        Assert.Equal(stored, PackLoader.Load(yaml, "p.yaml").Pack!.Questions[0].Answer);
    }

    [Theory]
    [InlineData("42", "42")]
    [InlineData("0.50", "0.5")]
    [InlineData("1.5e1", "15")]
    [InlineData("-0", "0")]
    [InlineData("'-3.25'", "-3.25")]
    public void Load_NumericAnswer_StoresInvariantShortestForm(string answer, string stored)
    {
        var yaml = SamplePacks.Head + SamplePacks.QuestionStart + $"    type: numeric\n    answer: {answer}\n";

        Assert.Equal(stored, PackLoader.Load(yaml, "p.yaml").Pack!.Questions[0].Answer);
    }

    [Fact]
    public void Load_ByteOrderMark_IsIgnored()
    {
        Assert.NotNull(PackLoader.Load("\uFEFF" + SamplePacks.Head, "p.yaml").Pack);
    }

    [Fact]
    public void PackError_ToString_ReadsFileLineColumnMessage()
    {
        Assert.Equal("seeds/a.yaml:3:7: oops", new PackError("seeds/a.yaml", 3, 7, "oops").ToString());
    }
}
