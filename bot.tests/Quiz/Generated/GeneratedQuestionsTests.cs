using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Quiz;
using StudyBot.Quiz.Generated;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz.Generated;

public sealed class GeneratedQuestionsTests
{
    private static Pack Seed() => PackLoader.LoadFile(Path.Combine(TestPacks.SeedsFolder, "stalin-workers.yaml")).Pack!;

    [Fact]
    public void SeedPack_YieldsValidMarkedFillTheBlankQuestions()
    {
        var pack = Seed();

        var questions = GeneratedQuestions.For(pack);

        Assert.True(questions.Count >= 10, $"only {questions.Count} generated");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(questions, q =>
        {
            Assert.Equal(QuestionType.MultipleChoice, q.Type);
            Assert.StartsWith("Fill the blank (generated from", q.Prompt, StringComparison.Ordinal);
            Assert.Contains("_____", q.Prompt, StringComparison.Ordinal);
            Assert.Contains(GeneratedQuestions.Tag, q.Tags);
            Assert.InRange(q.Choices.Count, 2, 4);
            Assert.Contains(q.Answer, q.Choices);
            Assert.Equal(q.Choices.Count, q.Choices.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.NotNull(pack.FindSource(q.SourceId!));
        });
    }

    [Fact]
    public void WrongOptions_AreOfTheSameKindAsTheAnswer()
    {
        var questions = GeneratedQuestions.For(Seed());

        foreach (var q in questions)
        {
            var answerIsNumber = char.IsAsciiDigit(q.Answer[0]);
            Assert.All(q.Choices, c => Assert.Equal(answerIsNumber, char.IsAsciiDigit(c[0])));
        }
    }

    [Fact]
    public void SamePack_LoadedTwice_YieldsTheSameQuestions()
    {
        var first = GeneratedQuestions.For(Seed());
        var second = GeneratedQuestions.For(Seed());

        Assert.Equal(first.Select(q => (q.Id, string.Join("|", q.Choices))), second.Select(q => (q.Id, string.Join("|", q.Choices))));
    }

    [Fact]
    public void PackThatDoesNotAllowThem_YieldsNone_AndPoolsLeaveThemOutUnlessAsked()
    {
        var seed = Seed();
        var catalog = new PackCatalog([seed, QuizPacks.Pack()]);

        Assert.Empty(GeneratedQuestions.For(QuizPacks.Pack()));
        Assert.DoesNotContain(QuestionPool.All(catalog, null, null), q => q.Question.Tags.Contains(GeneratedQuestions.Tag));
        Assert.Contains(QuestionPool.All(catalog, null, null, generated: true), q => q.Question.Tags.Contains(GeneratedQuestions.Tag));
        var id = GeneratedQuestions.For(seed)[0].Id;
        Assert.NotNull(QuestionPool.Find(catalog, seed.Id, id));
    }

    [Fact]
    public void AskedAsACard_StaysWithinDiscordsLimits()
    {
        var seed = Seed();
        foreach (var q in GeneratedQuestions.For(seed))
        {
            var item = new PoolQuestion(seed, q);
            var order = QuestionCard.Order(q, new Random(1));
            var reply = new Reply { Embeds = [QuestionCard.Ask(item, "Q", order)], Components = [QuestionCard.Buttons(q, order, o => $"x:{o}", "t")] };

            Assert.Empty(ReplyLimits.Check(reply));
        }
    }
}
