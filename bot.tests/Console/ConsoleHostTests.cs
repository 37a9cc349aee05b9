using StudyBot.Tests.Support;

namespace StudyBot.Tests.Console;

// The real host, handlers, packs and SQLite file, driven through the console as a script would.
public sealed class ConsoleHostTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Run_SourceQuery_PrintsAnExcerptWithProvenanceAndEnds()
    {
        var output = await ConsoleHost.RunAsync("/source query:coal\n", folder);

        Assert.Contains("> /source query:coal", output, StringComparison.Ordinal);
        Assert.Contains("│ Author:", output, StringComparison.Ordinal);
        Assert.Contains("│ Purpose:", output, StringComparison.Ordinal);
        Assert.Contains("Judge it", output, StringComparison.Ordinal);
        Assert.Matches(@"(?i)coal", output);
    }

    [Fact]
    public async Task Run_MistakesThenGoodLines_ExplainsAndCarriesOn()
    {
        var script = """
            /nope
            /source colour:red
            /source query:"unclosed
            hello
            /help
            """;

        var output = await ConsoleHost.RunAsync(script, folder);

        Assert.Contains("There is no /nope", output, StringComparison.Ordinal);
        Assert.Contains("has no option 'colour'", output, StringComparison.Ordinal);
        Assert.Contains("was opened but not closed", output, StringComparison.Ordinal);
        Assert.Contains("Type a command starting with /", output, StringComparison.Ordinal);
        Assert.Contains("│ /source:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PressButtonsByNumberAndLabel_PagesThroughResults()
    {
        var output = await ConsoleHost.RunAsync("/source query:coal\nnext\n1\n", folder);

        Assert.Contains("result 1 of", output, StringComparison.Ordinal);
        Assert.Contains("result 2 of", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("result 1 of").Length - 1);
    }

    [Fact]
    public async Task Run_AsName_SwitchesTheActingUser()
    {
        var output = await ConsoleHost.RunAsync("/as Ms Smith --manager\n/as Ada\n", folder);

        Assert.Contains("You are now Ms Smith (server manager).", output, StringComparison.Ordinal);
        Assert.Contains("You are now Ada.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AutocompleteQuestionMark_ListsTitles()
    {
        var output = await ConsoleHost.RunAsync("/source title:stakhanov?\n", folder);

        Assert.Contains("title:\"stalin-workers/", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BrokenPackBesideGoodOne_StartsWithTheGoodOne()
    {
        var packs = Path.Combine(folder.Path, "packs");
        File.Copy(Path.Combine(TestPacks.SeedsFolder, "stalin-workers.yaml"), Path.Combine(Directory.CreateDirectory(packs).FullName, "good.yaml"));
        File.WriteAllText(Path.Combine(packs, "broken.yaml"), "id: broken\ntitle: [unclosed\n");

        var output = await ConsoleHost.RunAsync("/source query:coal\n", folder, packs);

        Assert.Contains("│ Author:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_EssayFromAFile_PrintsFeedback()
    {
        var essay = folder.Write("my essay.txt", Repository.ReadText("bot.tests", "Essays", "Labelled", "seed-conflict-workers-stalin.txt"));

        var output = await ConsoleHost.RunAsync($"/essay feedback file:\"{essay}\" question:essay-conflict\n/essay feedback file:nowhere.txt\n", folder);

        Assert.Contains("Essay feedback: level", output, StringComparison.Ordinal);
        Assert.Contains("there is no file at 'nowhere.txt'", output, StringComparison.Ordinal);
    }
}
