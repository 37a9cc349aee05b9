using System.Text.Json.Nodes;
using FakeDiscord;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// A channel quiz on Discord: questions are channel messages posted through REST, and a student's
// button press is acknowledged privately once the answer is stored.
public sealed class QuizOverDiscordTests : BotOnFakeDiscord
{
    [Fact]
    public async Task Start_PostsTheQuestionToTheChannel_AndAButtonPressIsSavedPrivately()
    {
        var start = await Bot.AnswerAsync(Interactions.SubCommand("quiz", "start", ("pack", "stalin-workers"), ("questions", 2), ("seconds", 60)));
        var question = await Bot.Fake.Requests.WaitForAsync(r =>
            r.Method == "POST" && r.Path == $"/api/v10/channels/{Interactions.ChannelId}/messages" && r.Body.Contains("\"custom_id\":\"quiz:", StringComparison.Ordinal));

        Assert.Equal(4, start["type"]!.GetValue<int>());
        Assert.Empty(question.Json!["allowed_mentions"]!["parse"]!.AsArray());
        Assert.True(question.Json!["components"]?.AsArray().Count > 0, question.Body);
        var button = question.Json!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();

        var pressId = await Bot.Fake.InjectAsync(Interactions.Button(button));
        var callback = await Bot.Fake.WaitForCallbackAsync(pressId);
        Assert.True(callback.Status == 204, string.Join("\n", Bot.Fake.Requests.Snapshot().Select(r => $"{r.Method} {r.Path} {r.Status} {r.Body}")) + "\n" + string.Join("\n", Bot.Logs.Lines.Snapshot()));
        var press = callback.Json!.AsObject();

        // A typed question's first button opens the answer form; a choice is saved and acknowledged privately.
        if (press["type"]!.GetValue<int>() == 9)
        {
            Assert.StartsWith("quiz:m:", press["data"]!["custom_id"]!.GetValue<string>(), StringComparison.Ordinal);
            return;
        }

        Assert.Equal(64, press["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.StartsWith("Answer saved", press["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
