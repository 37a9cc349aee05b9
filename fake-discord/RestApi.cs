using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// Gateway discovery and command registration.
internal sealed class RestApi(FakeDiscordOptions options, Snowflakes ids, Func<string> gatewayUrl)
{
    private readonly Lock gate = new();

    public Dictionary<string, JsonArray> Commands { get; } = new(StringComparer.Ordinal);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/v10/gateway/bot", ["GET"], GatewayBotAsync);
        app.MapMethods("/api/v10/applications/{app}/commands", ["PUT"], context => PutCommandsAsync(context, "global"));
        app.MapMethods("/api/v10/applications/{app}/guilds/{guild}/commands", ["PUT"],
            context => PutCommandsAsync(context, "guild:" + context.Request.RouteValues["guild"]));
    }

    public bool Authorised(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() == "Bot " + options.Token;

    private async Task GatewayBotAsync(HttpContext context)
    {
        if (!Authorised(context))
        {
            await Http.ErrorAsync(context, 401, 0, "401: Unauthorized");
            return;
        }

        await Http.JsonAsync(context, 200, new JsonObject
        {
            ["url"] = gatewayUrl(),
            ["shards"] = options.Shards,
            ["session_start_limit"] = new JsonObject { ["total"] = 1000, ["remaining"] = options.SessionStartRemaining, ["reset_after"] = options.SessionStartResetAfterMs, ["max_concurrency"] = options.MaxConcurrency },
        });
    }

    private async Task PutCommandsAsync(HttpContext context, string scope)
    {
        if (!Authorised(context))
        {
            await Http.ErrorAsync(context, 401, 0, "401: Unauthorized");
            return;
        }

        if ((string?)context.Request.RouteValues["app"] != options.ApplicationId)
        {
            await Http.ErrorAsync(context, 403, 50001, "Missing Access");
            return;
        }

        var body = await RequestBody.ReadAsync(context);
        if (body.Problem is not null || JsonNode.Parse(body.Text) is not JsonArray commands)
        {
            await Http.InvalidFormAsync(context, [body.Problem ?? "the body must be an array of commands"]);
            return;
        }

        var problems = CommandRules.Check(commands);
        if (problems.Count > 0)
        {
            await Http.InvalidFormAsync(context, problems);
            return;
        }

        foreach (var command in commands.OfType<JsonObject>())
        {
            command["id"] = ids.Next();
            command["application_id"] = options.ApplicationId;
            command["version"] = ids.Next();
        }

        lock (gate)
        {
            Commands[scope] = commands;
        }

        await Http.JsonAsync(context, 200, commands.DeepClone());
    }
}
