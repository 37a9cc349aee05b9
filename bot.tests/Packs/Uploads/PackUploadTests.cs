using StudyBot.Packs;
using StudyBot.Packs.Uploads;
using StudyBot.Tests.Quiz;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Packs.Uploads;

public sealed class PackUploadTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Console_TeacherValidatesUploadsPractisesAndRemoves_StudentIsRefused()
    {
        var bad = folder.Write("bad.csv", "question,answer\nCapital of Russia?,Moscow\n,no question\n");
        var good = folder.Write("Russian Cities.csv", "question,answer,alternatives\nCapital of Russia?,Moscow,Moskva\n");
        var script = $"""
            /pack list
            /as Ms Smith --manager
            /pack validate file:"{bad}"
            /pack upload file:"{good}"
            /pack list
            /pack info pack:russian-cities
            /practice pack:russian-cities
            answer
            moskva
            /pack remove pack:russian-cities
            /practice pack:russian-cities
            /pack remove pack:stalin-workers
            """;

        var output = await ConsoleHost.RunAsync(script, folder);

        Assert.Contains("/pack is for teachers", output, StringComparison.Ordinal);
        Assert.Contains("bad.csv has 1 problem(s); nothing was saved:", output, StringComparison.Ordinal);
        Assert.Contains("bad.csv:3:1: the question is empty", output, StringComparison.Ordinal);
        Assert.Contains("Saved for this server and ready", output, StringComparison.Ordinal);
        Assert.Contains("*russian-cities*: Russian Cities (1 questions, 0 sources) · uploaded here", output, StringComparison.Ordinal);
        Assert.Contains("✅ Right: *Moscow*", output, StringComparison.Ordinal);
        Assert.Contains("Removed the pack 'russian-cities'", output, StringComparison.Ordinal);
        Assert.Contains("There is no pack 'russian-cities'", output, StringComparison.Ordinal);
        Assert.Contains("Shipped packs cannot be removed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void GuildPacks_OneServersUpload_IsInvisibleToAnother()
    {
        using var database = new TestDatabase();
        var store = new UploadedPackStore(database.Database);
        var packs = new GuildPacks(QuizPacks.Catalog(), store);
        store.Save(new UploadedPack(10, "mine", "mine.csv", "question,answer\nQ?,A\n"), 1, DateTimeOffset.UnixEpoch);
        packs.Changed(10);

        Assert.NotNull(packs.For(10).Find("mine"));
        Assert.Null(packs.For(11).Find("mine"));
        Assert.Null(packs.For(null).Find("mine"));
        Assert.NotNull(packs.For(11).Find("test"));
    }

    [Fact]
    public void GuildPacks_UploadReusingAShippedId_IsLeftOut()
    {
        using var database = new TestDatabase();
        var store = new UploadedPackStore(database.Database);
        store.Save(new UploadedPack(10, "test", "test.csv", "question,answer\nQ?,A\n"), 1, DateTimeOffset.UnixEpoch);

        var packs = new GuildPacks(QuizPacks.Catalog(), store);

        Assert.Equal(5, packs.For(10).Find("test")!.Questions.Count);
    }
}
