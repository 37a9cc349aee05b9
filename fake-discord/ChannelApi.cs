using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// Messages the bot posts to channels on its own (a quiz's questions and reveals), and edits of them.
internal sealed class ChannelApi(FakeDiscordOptions options, Snowflakes ids)
{
    private readonly ConcurrentDictionary<string, string> channelOf = new(StringComparer.Ordinal);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/v10/channels/{channel}/messages", ["POST"], context => MessageAsync(context, create: true));
        app.MapMethods("/api/v10/channels/{channel}/messages/{message}", ["PATCH"], context => MessageAsync(context, create: false));
    }

    private async Task MessageAsync(HttpContext context, bool create)
    {
        var channel = (string)context.Request.RouteValues["channel"]!;
        var id = create ? ids.Next() : (string)context.Request.RouteValues["message"]!;
        if (!create && (!channelOf.TryGetValue(id, out var home) || home != channel))
        {
            await Http.ErrorAsync(context, 404, 10008, "Unknown Message");
            return;
        }

        var body = await RequestBody.ReadAsync(context);
        var problems = body.Problem is { } problem ? [problem] : MessageRules.Check(body.Json, body.Files, mustHaveContent: create);
        if (problems.Count > 0)
        {
            await Http.InvalidFormAsync(context, problems);
            return;
        }

        channelOf[id] = channel;
        var message = body.Json!.DeepClone().AsObject();
        message["id"] = id;
        message["channel_id"] = channel;
        message["author"] = new JsonObject { ["id"] = options.ApplicationId, ["bot"] = true };
        message.Remove("allowed_mentions");
        await Http.JsonAsync(context, 200, message);
    }
}
