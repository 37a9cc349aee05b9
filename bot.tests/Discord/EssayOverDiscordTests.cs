using System.Text;
using System.Text.Json.Nodes;
using FakeDiscord;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// /essay feedback with a file attached in Discord: resolved from the interaction, fetched from the
// (fake) CDN, analysed, and answered once with the embeds and the structure picture.
public sealed class EssayOverDiscordTests : BotOnFakeDiscord
{
    // The answer is the initial response, or the edit of a deferred one if the handler ran past the budget.
    private async Task<RecordedRequest> FinalAnswerAsync(string interactionId)
    {
        var callback = await Bot.Fake.WaitForCallbackAsync(interactionId);
        var type = callback.Json!["type"]!.GetValue<int>();
        return type == 4
            ? callback
            : await Bot.Fake.Requests.WaitForAsync(r => (r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal)) || (r.Method == "POST" && r.Path.Contains("/webhooks/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Feedback_AttachedEssay_IsFetchedAnalysedAndAnsweredWithThePicture()
    {
        var essay = Repository.ReadText("bot.tests", "Essays", "Labelled", "seed-conflict-workers-stalin.txt");
        var file = Bot.Fake.HostAttachment("my essay.txt", Encoding.UTF8.GetBytes(essay));
        var interaction = Interactions.WithAttachment(Interactions.SubCommand("essay", "feedback", ("question", "essay-conflict")), "file", file);

        var id = await Bot.Fake.InjectAsync(interaction);
        var answer = await FinalAnswerAsync(id);

        var data = answer.Json!["data"] ?? answer.Json!;
        Assert.StartsWith("Essay feedback: level", data["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Contains(answer.Files, f => f.FileName == "essay-structure.png" && f.Length > 100);
        Assert.Single(Bot.Fake.Callbacks(id));
    }

    [Fact]
    public async Task Feedback_AttachmentOfTheWrongKind_GetsAPrivateExplanation()
    {
        var file = Bot.Fake.HostAttachment("essay.exe", [0x4D, 0x5A, 0x90, 0x00]);
        var interaction = Interactions.WithAttachment(Interactions.SubCommand("essay", "feedback"), "file", file);

        var id = await Bot.Fake.InjectAsync(interaction);
        var answer = await FinalAnswerAsync(id);

        var data = answer.Json!["data"] ?? answer.Json!;
        Assert.Contains(".txt, .md, .docx and .pdf", data["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_WithoutAFile_OpensAFormWithTheQuestionFilledIn()
    {
        var body = await Bot.AnswerAsync(Interactions.SubCommand("essay", "feedback", ("question", "essay-conflict")));

        Assert.Equal(9, body["type"]!.GetValue<int>());
        var question = body["data"]!["components"]![0]!["component"]!;
        Assert.Equal("Why was there conflict between the workers and Stalin?", question["value"]!.GetValue<string>());
        Assert.Equal(4000, body["data"]!["components"]![1]!["component"]!["max_length"]!.GetValue<int>());
    }
}
