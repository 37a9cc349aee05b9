using System.Text.Json;
using System.Text.Json.Nodes;
using FakeDiscord;
using StudyBot.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Json;

namespace StudyBot.Tests.Discord;

public class InteractionMapperTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch;

    private static InteractionPayload Payload(JsonObject interaction)
    {
        interaction["id"] = "1400000000000000004";
        interaction["token"] = "tok";
        interaction["application_id"] = "1100000000000000001";
        return JsonSerializer.Deserialize(interaction.ToJsonString(), DiscordJson.Default.InteractionPayload)!;
    }

    [Fact]
    public void Origin_InAGuild_ReadsMemberPermissionsAndRoles()
    {
        var payload = Payload(Interactions.WithPermissions(Interactions.SlashCommand("x"), "8224", "42", "43"));

        var origin = InteractionMapper.Origin(payload, Now);

        Assert.Equal(ulong.Parse(Interactions.UserId, System.Globalization.CultureInfo.InvariantCulture), origin.User.UserId);
        Assert.Equal(Permissions.ManageGuild | Permissions.ManageMessages, origin.User.Permissions);
        Assert.Equal([42UL, 43UL], origin.User.RoleIds);
        Assert.Equal(1200000000000000002UL, origin.GuildId);
        Assert.Equal("Ada", origin.User.DisplayName);
    }

    [Fact]
    public void Origin_InADirectMessage_ReadsTheUserWithNoGuildOrPermissions()
    {
        var origin = InteractionMapper.Origin(Payload(Interactions.InDirectMessage(Interactions.SlashCommand("x"))), Now);

        Assert.Null(origin.GuildId);
        Assert.Equal(Permissions.None, origin.User.Permissions);
        Assert.Equal("Ada", origin.User.DisplayName);
    }

    [Fact]
    public void Command_TypedOptions_BecomeStringLongDoubleAndBool()
    {
        var payload = Payload(Interactions.SlashCommand("x", ("s", "text"), ("i", 3), ("n", 2.5), ("b", true)));

        var options = InteractionMapper.Command(payload, InteractionMapper.Origin(payload, Now)).Options;

        Assert.Equal("text", options.Values["s"]);
        Assert.Equal(3L, options.Values["i"]);
        Assert.Equal(2.5, options.Values["n"]);
        Assert.Equal(true, options.Values["b"]);
    }

    [Fact]
    public void Command_WithASubcommand_NamesItAndTakesItsOptions()
    {
        var payload = Payload(Interactions.SubCommand("quiz", "start", ("topic", "coal")));

        var context = InteractionMapper.Command(payload, InteractionMapper.Origin(payload, Now));

        Assert.Equal("quiz", context.CommandName);
        Assert.Equal("start", context.SubCommand);
        Assert.Equal("coal", context.Options.GetString("topic"));
    }

    [Fact]
    public void Autocomplete_FindsTheFocusedOptionAndItsText()
    {
        var payload = Payload(Interactions.Autocomplete("source", "title", "stak", ("pack", "workers")));

        var context = InteractionMapper.Autocomplete(payload, InteractionMapper.Origin(payload, Now));

        Assert.Equal("title", context.FocusedOption);
        Assert.Equal("stak", context.Text);
        Assert.Equal("workers", context.Options.GetString("pack"));
        Assert.False(context.Options.Has("title"));
    }

    [Fact]
    public void Component_ReadsCustomIdAndSelectedValues()
    {
        var payload = Payload(Interactions.Select("quiz:answer", "b", "c"));

        var context = InteractionMapper.Component(payload, InteractionMapper.Origin(payload, Now));

        Assert.Equal("quiz:answer", context.CustomId);
        Assert.Equal(["b", "c"], context.Values);
    }

    [Fact]
    public void Reply_EveryMessage_CarriesAnEmptyMentionParseList()
    {
        var json = JsonSerializer.Serialize(ReplyMapper.Message(Reply.Message("@everyone look")), DiscordJson.Default.ResponseData);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cdn.discordapp.com/attachments/1/999/essay.docx", true)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("not a url", false)]
    public void Command_AttachmentOption_ResolvesToItsFileOnlyOverTheWeb(string url, bool kept)
    {
        var interaction = Interactions.SlashCommand("essay", ("file", "999"));
        interaction["data"]!["resolved"] = new JsonObject
        {
            ["attachments"] = new JsonObject
            {
                ["999"] = new JsonObject
                {
                    ["id"] = "999", ["filename"] = "essay.docx", ["size"] = 12345, ["url"] = url,
                    ["proxy_url"] = url, ["content_type"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                },
            },
        };
        var payload = Payload(interaction);

        var context = InteractionMapper.Command(payload, InteractionMapper.Origin(payload, Now));

        Assert.Equal(kept, context.Attachment("file") is { FileName: "essay.docx", Size: 12345 });
    }
}
