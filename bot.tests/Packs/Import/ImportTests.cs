using StudyBot.Packs;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Packs.Import;

public sealed class ImportTests : IDisposable
{
    private const string RedList = """
        AUTHOR: Red Trivia Team
        CONFIG:
          delay: 30
        What is the capital of France?:
        - Paris
        Who wrote Hamlet?:
        - Shakespeare
        - William Shakespeare
        In which year did Apollo 11 land on the moon?:
        - 1969
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void RedTriviaList_LoadsAsShortAnswersWithAlternatives()
    {
        var result = PackLoader.Load(RedList, "Famous Firsts.yaml");

        var pack = Assert.IsType<Pack>(result.Pack);
        Assert.Equal("famous-firsts", pack.Id);
        Assert.Equal("Imported trivia list by Red Trivia Team.", pack.Description);
        Assert.Equal(3, pack.Questions.Count);
        var hamlet = pack.Questions[1];
        Assert.Equal((QuestionType.ShortAnswer, "Shakespeare", "William Shakespeare"), (hamlet.Type, hamlet.Answer, hamlet.Accept.Single()));
        Assert.Equal("1969", pack.Questions[2].Answer);
    }

    [Fact]
    public void RedTriviaList_BadEntries_AreErrorsWithLinesAndNothingLoads()
    {
        var result = PackLoader.Load("AUTHOR: x\nGood question?:\n- yes\nNo answers?: []\nNot a list?: maybe\n", "bad.yaml");

        Assert.Null(result.Pack);
        Assert.Equal(["bad.yaml:4:1: the question has no answer", "bad.yaml:5:14: the answers to 'Not a list?' must be a list of plain answers, e.g. [Paris]"],
            result.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void BrokenStudyBotPack_IsNotMistakenForATriviaList()
    {
        var result = PackLoader.Load("questions: []\nsources: []\n", "p.yaml");

        Assert.Contains(result.Errors, e => e.Message.Contains("'id'", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_LoadsWithQuotesAlternativesAndExplanations()
    {
        var path = folder.Write("Soviet Basics.csv", "question,answer,alternatives,explanation\n" +
            "Who led the first Five-Year Plan?,Stalin,Joseph Stalin|Iosif Stalin,\"He launched it in 1928, after \"\"the Great Turn\"\".\"\n" +
            "\"How many tons did Stakhanov cut,\nin one shift?\",102,,\n");

        var result = PackLoader.LoadFile(path);

        var pack = Assert.IsType<Pack>(result.Pack);
        Assert.Equal("soviet-basics", pack.Id);
        Assert.Equal(["Joseph Stalin", "Iosif Stalin"], pack.Questions[0].Accept);
        Assert.Equal("He launched it in 1928, after \"the Great Turn\".", pack.Questions[0].Explanation);
        Assert.Equal("How many tons did Stakhanov cut,\nin one shift?", pack.Questions[1].Prompt);
        Assert.Equal("Accepted: 102.", pack.Questions[1].Explanation);
    }

    [Theory]
    [InlineData("q,a\nx,y\n", "x.csv:1:1: the first line must name the columns question and answer")]
    [InlineData("question,answer\nok,yes\n,missing question\nno answer,\n", "x.csv:3:1: the question is empty")]
    [InlineData("question,answer\n\"unclosed,yes\n", "x.csv:2:1: a quoted field is never closed")]
    [InlineData("", "x.csv:1:1: the file is empty")]
    public void Csv_Problems_AreReportedWithLinesAndNothingLoads(string csv, string expected)
    {
        var path = folder.Write("x.csv", csv);

        var result = PackLoader.LoadFile(path);

        Assert.Null(result.Pack);
        Assert.StartsWith(expected, result.Errors[0].ToString()[(folder.Path.Length + 1)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderWithCsvAndRedList_ChecksBoth()
    {
        folder.Write("packs/trivia.yaml", RedList);
        folder.Write("packs/basics.csv", "question,answer\nCapital of Russia?,Moscow\n");
        var output = new StringWriter();

        var code = PackValidateCommand.Run(folder.File("packs"), output, new StringWriter());

        Assert.Equal(PackValidateCommand.Ok, code);
        Assert.Contains("2 packs ok, 0 with errors", output.ToString(), StringComparison.Ordinal);
    }
}
