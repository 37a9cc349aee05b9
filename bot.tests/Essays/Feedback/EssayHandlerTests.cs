using Microsoft.Extensions.Options;
using Moq;
using StudyBot.Commands;
using StudyBot.Essays.Feedback;
using StudyBot.Packs;
using StudyBot.Storage;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Essays.Feedback;

public sealed class EssayHandlerTests : IDisposable
{
    private static readonly Origin Origin = new("i-9", new Actor(5, "Ada", Permissions.None, []), 1, 2, DateTimeOffset.UnixEpoch);

    private static readonly Pack Pack = TestPacks.Pack("workers", []) with
    {
        EssayQuestions = [new EssayQuestion("essay-conflict", "Why was there conflict between the workers and Stalin?", ["targets", "labour books"], ["Say what Stalin wanted.", "Give two causes.", "Judge which mattered most."])],
    };

    private readonly TempFolder folder = new();
    private readonly TestDatabase database = new();
    private readonly EssayHandler handler;

    public EssayHandlerTests()
    {
        handler = new EssayHandler(
            new PackCatalog([Pack]),
            new AttachmentDownloader(Mock.Of<IHttpClientFactory>()),
            new EssaySummaryStore(database.Database),
            Options.Create(new EssaysOptions { MaxAttachmentBytes = 64 * 1024 }));
    }

    public void Dispose()
    {
        database.Dispose();
        folder.Dispose();
    }

    private static string SeedEssay => Repository.ReadText("bot.tests", "Essays", "Labelled", "seed-conflict-workers-stalin.txt");

    private async Task<Reply> Command(string sub, params (string Name, object Value)[] options) =>
        await handler.HandleAsync(new CommandContext(Origin, "essay", sub, new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value))), CancellationToken.None);

    private async Task<Reply> Submit(string customId, string essay, string question = "") =>
        await handler.HandleModalAsync(new ModalContext(Origin, customId, new Dictionary<string, string> { ["essay"] = essay, ["question"] = question }), CancellationToken.None);

    [Fact]
    public async Task Feedback_PackQuestion_OpensAFormCarryingItsKey()
    {
        var reply = await Command("feedback", ("question", "workers/essay-conflict"));

        Assert.Equal("essay:f:e:workers/essay-conflict", reply.Modal!.CustomId);
        Assert.Equal("Why was there conflict between the workers and Stalin?", reply.Modal.Inputs[0].Value);
        Assert.Equal(EssayHandler.MaxEssayLength, reply.Modal.Inputs[1].MaxLength);
        Assert.Empty(ReplyLimits.Check(reply));
    }

    [Fact]
    public async Task Submit_SeedEssay_GivesLevelNextStepsAndMapWithinLimits()
    {
        var reply = await Submit("essay:f:e:workers/essay-conflict", SeedEssay, "Why was there conflict between the workers and Stalin?");

        Assert.True(reply.Ephemeral);
        Assert.Empty(ReplyLimits.Check(reply));
        Assert.StartsWith("Essay feedback: level", reply.Embeds[0].Title, StringComparison.Ordinal);
        Assert.Contains("purpose", reply.Embeds[0].Fields.Single(f => f.Name == "Next steps").Value, StringComparison.Ordinal);
        Assert.Contains("¶1 introduction", reply.Embeds[1].Description, StringComparison.Ordinal);
        Assert.Contains(reply.Embeds[2].Fields, f => f.Name == "To work on" && f.Value.Contains("no conclusion", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Submit_PublicFlag_PostsToTheChannel()
    {
        var reply = await Submit("essay:f:p:-", SeedEssay);

        Assert.False(reply.Ephemeral);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\u0001\u0002\u0003\u0004garbage\u0005\u0006")]
    [InlineData("@everyone **bold** `code` ||spoiler|| <@123>")]
    [InlineData("one sentence without an end")]
    public async Task Submit_OddText_AnswersWithinLimits(string essay)
    {
        var reply = await Submit("essay:f:e:-", essay);

        Assert.Empty(ReplyLimits.Check(reply));
        Assert.DoesNotContain("**bold**", string.Concat(reply.Embeds.Select(e => e.Description)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_LongestEssayTheFormTakes_FitsDiscordsLimits()
    {
        var paragraph = "In 1932 coal output reached 64 million tons because the targets were high, which meant workers were pushed hard. ";
        var essay = string.Join("\n\n", Enumerable.Range(0, 40).Select(_ => paragraph))[..EssayHandler.MaxEssayLength];

        var reply = await Submit("essay:f:e:-", essay);

        Assert.Empty(ReplyLimits.Check(reply));
    }

    [Fact]
    public async Task Submit_ExpiredForm_IsExplained()
    {
        var reply = await handler.HandleModalAsync(new ModalContext(Origin, "essay:zz", new Dictionary<string, string>()), CancellationToken.None);

        Assert.Contains("Run /essay feedback again", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_Pick_ShowsScaffoldAndKeyTerms()
    {
        var reply = await Command("question", ("pick", "conflict"));

        var embed = Assert.Single(reply.Embeds);
        Assert.Equal("Why was there conflict between the workers and Stalin?", embed.Title);
        Assert.Contains("2. Give two causes.", embed.Description, StringComparison.Ordinal);
        Assert.Equal("targets, labour books", embed.Fields[0].Value);
    }

    [Fact]
    public async Task Autocomplete_OffersPackQuestionsByKey()
    {
        var choices = await handler.AutocompleteAsync(new AutocompleteContext(Origin, "essay", "feedback", "question", "workers", CommandOptions.Empty), CancellationToken.None);

        Assert.Equal("workers/essay-conflict", Assert.Single(choices).Value);
    }

    private async Task<Reply> FeedbackOnFile(string name, byte[] content, bool isPublic = false)
    {
        var path = folder.Write(name, content);
        var file = new AttachmentInfo("a-1", name, content.Length, null, new Uri(path));
        var options = new CommandOptions(new Dictionary<string, object> { ["file"] = "a-1", ["question"] = "workers/essay-conflict", ["public"] = isPublic });
        var context = new CommandContext(Origin, "essay", "feedback", options) { Attachments = new Dictionary<string, AttachmentInfo> { ["a-1"] = file } };
        return await handler.HandleAsync(context, CancellationToken.None);
    }

    [Fact]
    public async Task Feedback_AttachedTextFile_IsAnsweredWithoutAForm()
    {
        var reply = await FeedbackOnFile("essay.txt", System.Text.Encoding.UTF8.GetBytes(SeedEssay));

        Assert.Null(reply.Modal);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Essay feedback: level", reply.Embeds[0].Title, StringComparison.Ordinal);
        Assert.Contains("Question: Why was there conflict", reply.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("essay.exe", 10, "reads essays from .txt, .md, .docx and .pdf")]
    [InlineData("essay.txt", 70 * 1024, "larger than 64 KiB")]
    [InlineData("essay.docx", 100, "could not be opened as a docx file")]
    public async Task Feedback_BadAttachment_GetsAClearPrivateAnswer(string name, int size, string expected)
    {
        var reply = await FeedbackOnFile(name, [.. Enumerable.Repeat((byte)'a', size)]);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AfterFeedback_ListsWordsAndLevelButNeverTheEssay()
    {
        const string Marker = "Magnitogorsk-zebra-marker";
        await Submit("essay:f:e:workers/essay-conflict", SeedEssay + "\n\n" + Marker + " was a steel town because the plan needed steel.");

        var history = await Command("history");

        Assert.Matches(@"\d+ words · level \d of 4 · essay-conflict", history.Embeds[0].Description);
        using var connection = database.Database.Open();
        using var dump = connection.CreateCommand();
        dump.CommandText = "SELECT string_agg(words || ' ' || level || ' ' || COALESCE(question_id, ''), ',') FROM essay_summaries;";
        Assert.DoesNotContain(Marker, Convert.ToString(dump.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (database.IsPostgres)
        {
            Assert.Empty(TextColumnsContaining(Marker));
        }

        foreach (var file in new[] { database.Database.FilePath, database.Database.FilePath + "-wal" }.Where(File.Exists))
        {
            Assert.DoesNotContain(Marker, File.ReadAllText(file, System.Text.Encoding.Latin1), StringComparison.Ordinal);
        }
    }

    // PostgreSQL's files are the server's to read, so the check reads every text column of every table instead.
    private List<string> TextColumnsContaining(string marker)
    {
        using var connection = database.Database.Open();
        var columns = new List<(string Table, string Column)>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'text';";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Contains(("essay_summaries", "question_id"), columns);
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            using var search = connection.CreateCommand();
            search.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE strpos(\"{column}\", @marker) > 0;";
            search.Bind("@marker", marker);
            if (Convert.ToInt64(search.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
            {
                found.Add($"{table}.{column}");
            }
        }

        return found;
    }

    [Fact]
    public async Task History_NothingToMark_IsNotRecorded()
    {
        await Submit("essay:f:e:-", "");

        Assert.Contains("no essay feedback yet", (await Command("history")).Text, StringComparison.Ordinal);
    }
}
