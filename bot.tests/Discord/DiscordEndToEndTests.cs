using System.Text.Json.Nodes;
using FakeDiscord;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// The real host, handlers and SQLite file against the loopback fake Discord.
public sealed class DiscordEndToEndTests : IAsyncLifetime
{
    private readonly EchoGate gate = new();
    private DiscordHost bot = null!;

    public async Task InitializeAsync()
    {
        bot = await DiscordHost.StartAsync(services: s =>
        {
            s.AddSingleton(gate);
            s.AddCommand<EchoHandler>();
            s.AddCommand<ManagersOnlyHandler>();
            s.AddCommand<TeachersOnlyHandler>();
        }, settings: ["--Discord:TeacherRoleIds:0=777"]);
        await bot.ReadyAsync();
    }

    public async Task DisposeAsync() => await bot.DisposeAsync();

    [Fact]
    public async Task Start_AgainstFake_IdentifiesWithNoIntentsAndRegistersCommands()
    {
        var identify = await bot.ReadyAsync();
        var put = await bot.Fake.Requests.WaitForAsync(r => r.Method == "PUT");

        var d = JsonNode.Parse(identify.Detail!)!;
        Assert.Equal(0, d["intents"]!.GetValue<int>());
        Assert.Equal(200, put.Status);
        Assert.EndsWith($"/applications/{bot.Fake.Options.ApplicationId}/commands", put.Path, StringComparison.Ordinal);
        var names = put.Json!.AsArray().Select(c => c!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("source", names);
        Assert.Contains("help", names);
        Assert.DoesNotContain("Authorization", put.Headers.Keys);
        Assert.StartsWith("DiscordBot (", put.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Source_Query_AnswersWithAnEmbedAndNoMentions()
    {
        var body = await bot.AnswerAsync(Interactions.SlashCommand("source", ("query", "coal")));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        var data = body["data"]!;
        Assert.NotEmpty(data["embeds"]!.AsArray());
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        Assert.NotEmpty(data["components"]!.AsArray());
    }

    [Fact]
    public async Task Button_FromASourceReply_UpdatesTheMessage()
    {
        var first = await bot.AnswerAsync(Interactions.SlashCommand("source", ("query", "coal")));
        var next = first["data"]!["components"]![0]!["components"]!.AsArray()
            .Select(b => b!["custom_id"]!.GetValue<string>())
            .First(id => id.StartsWith("source:p:1:", StringComparison.Ordinal));

        var body = await bot.AnswerAsync(Interactions.Button(next));

        Assert.Equal(7, body["type"]!.GetValue<int>());
        Assert.Contains("result 2 of", body["data"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(body["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task Button_Stale_AnswersPrivatelyThatItExpired()
    {
        var body = await bot.AnswerAsync(Interactions.Button("gone:1:2"));

        Assert.Equal(4, body["type"]!.GetValue<int>());
        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task Autocomplete_Title_OffersChoices()
    {
        var body = await bot.AnswerAsync(Interactions.Autocomplete("source", "title", "stakh"));

        Assert.Equal(8, body["type"]!.GetValue<int>());
        Assert.NotEmpty(body["data"]!["choices"]!.AsArray());
    }

    [Fact]
    public async Task Command_WithTypedOptions_ReachesTheHandler()
    {
        var body = await bot.AnswerAsync(Interactions.SlashCommand("echo", ("text", "hi"), ("times", 2)));

        Assert.Equal("hi hi (Ada, in a guild)", body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_InDirectMessage_ReadsTheUserInsteadOfTheMember()
    {
        var body = await bot.AnswerAsync(Interactions.InDirectMessage(Interactions.SlashCommand("echo", ("text", "hello"))));

        Assert.Equal("hello (Ada, in a DM)", body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_EchoingAMention_NeverPings()
    {
        var body = await bot.AnswerAsync(Interactions.SlashCommand("echo", ("text", "@everyone")));

        Assert.Empty(body["data"]!["allowed_mentions"]!["parse"]!.AsArray());
    }

    [Fact]
    public async Task Command_ThatOpensAForm_AnswersWithAModal()
    {
        var body = await bot.AnswerAsync(Interactions.SlashCommand("echo", ("text", "form")));

        Assert.Equal(9, body["type"]!.GetValue<int>());
        Assert.Equal(18, body["data"]!["components"]![0]!["type"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ModalSubmit_InBothShapes_ReadsTheFields(bool labels)
    {
        var modal = labels
            ? Interactions.ModalWithLabels("echo:form", ("answer", "forty-two"), ("extra", "more"))
            : Interactions.ModalWithRows("echo:form", ("answer", "forty-two"), ("extra", "more"));

        var body = await bot.AnswerAsync(modal);

        Assert.Equal("answer=forty-two;extra=more", body["data"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Command_Throwing_ApologisesWithTheInteractionId()
    {
        var interaction = Interactions.SlashCommand("echo", ("text", "boom"));
        var body = await bot.AnswerAsync(interaction);

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
        Assert.Contains(interaction["id"]!.GetValue<string>(), body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "is for server managers")]
    [InlineData("32", "reset done")]
    public async Task ManagersCommand_ChecksTheMembersPermissions(string permissions, string expected)
    {
        var body = await bot.AnswerAsync(Interactions.WithPermissions(Interactions.SlashCommand("reset"), permissions));

        Assert.Contains(expected, body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "1", "is for teachers")]
    [InlineData("0", "777", "quiz set")]
    [InlineData("8192", "1", "quiz set")]
    public async Task TeachersCommand_AcceptsATeacherRoleOrManageMessages(string permissions, string role, string expected)
    {
        var body = await bot.AnswerAsync(Interactions.WithPermissions(Interactions.SlashCommand("setquiz"), permissions, role));

        Assert.Contains(expected, body["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_Unknown_AnswersPrivately()
    {
        var body = await bot.AnswerAsync(Interactions.SlashCommand("nope"));

        Assert.Equal(64, body["data"]!["flags"]!.GetValue<int>());
    }
}
