using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Channel messages outside any interaction (a quiz's questions): posted and edited through REST,
// with mentions off like every other message.
public sealed class ChannelMessengerTests : BotOnFakeDiscord
{
    [Fact]
    public async Task PostThenEdit_ReachesTheChannelWithNoMentions()
    {
        var messenger = Bot.Host.Services.GetRequiredService<IChannelMessenger>();
        var question = new Reply { Text = "Question 1 <@&123> @everyone", Components = [new ComponentRow([new Button("quiz:a:1", "64")])], Ephemeral = true };

        var id = await messenger.PostAsync(42, question, CancellationToken.None);
        await messenger.EditAsync(42, id, Reply.Message("Time is up"), CancellationToken.None);

        var post = await Bot.Fake.Requests.WaitForAsync(r => r.Method == "POST" && r.Path == "/api/v10/channels/42/messages");
        var edit = await Bot.Fake.Requests.WaitForAsync(r => r.Method == "PATCH" && r.Path == $"/api/v10/channels/42/messages/{id}");
        Assert.Equal(200, post.Status);
        Assert.Equal(200, edit.Status);
        Assert.Empty(post.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Null(post.Json!["flags"]);
        Assert.Equal("Time is up", edit.Json!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task Edit_UnknownMessage_SurfacesDiscordsError()
    {
        var messenger = Bot.Host.Services.GetRequiredService<IChannelMessenger>();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => messenger.EditAsync(42, "999", Reply.Message("x"), CancellationToken.None));

        Assert.Contains("10008", error.Message, StringComparison.Ordinal);
    }
}
