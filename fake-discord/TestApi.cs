using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// Hooks for tests and for running the fake by hand: inject an interaction, list what the bot sent.
internal sealed class TestApi(FakeDiscordServer server)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/_fake/interactions", ["POST"], InjectAsync);
        app.MapMethods("/_fake/requests", ["GET"], context =>
            Http.JsonAsync(context, 200, new JsonArray([.. server.Requests.Snapshot().Select(r => (JsonNode)r.ToJson())])));
    }

    private async Task InjectAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        if (JsonNode.Parse(await reader.ReadToEndAsync()) is not JsonObject interaction)
        {
            await Http.ErrorAsync(context, 400, 50035, "Invalid Form Body");
            return;
        }

        var id = await server.InjectAsync(interaction);
        await Http.JsonAsync(context, 200, new JsonObject { ["id"] = id });
    }
}
