using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// The initial response to an interaction: once, within 3 seconds, of a type that fits the interaction.
internal sealed class CallbackApi(FakeDiscordOptions options, InteractionStore interactions)
{
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromSeconds(3);

    public void Map(IEndpointRouteBuilder app) =>
        app.MapMethods("/api/v10/interactions/{id}/{token}/callback", ["POST"], CallbackAsync);

    private async Task CallbackAsync(HttpContext context)
    {
        var interaction = interactions.ById((string)context.Request.RouteValues["id"]!);
        if (interaction is null || interaction.Token != (string?)context.Request.RouteValues["token"]
            || options.Time.GetUtcNow() - interaction.CreatedAt > ResponseWindow)
        {
            await Http.ErrorAsync(context, 404, 10062, "Unknown interaction");
            return;
        }

        var body = await RequestBody.ReadAsync(context);
        var type = body.Json?["type"]?.GetValue<int>() ?? 0;
        var problems = body.Problem is { } problem ? [problem] : Check(interaction.Type, type, body);
        if (problems.Count > 0)
        {
            await Http.InvalidFormAsync(context, problems);
            return;
        }

        var content = body.Json?["data"]?["content"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : null;
        if (!interactions.TryAcknowledge(interaction, options.Time.GetTimestamp(), content))
        {
            await Http.ErrorAsync(context, 400, 40060, "Interaction has already been acknowledged.");
            return;
        }

        context.Response.StatusCode = 204;
    }

    public static List<string> Check(int interactionType, int callbackType, RequestBody body)
    {
        var data = body.Json?["data"] as JsonObject;
        var fits = callbackType switch
        {
            1 => interactionType == 1,
            4 or 5 => interactionType is 2 or 3 or 5,
            6 or 7 => interactionType is 3 or 5,
            8 => interactionType == 4,
            9 => interactionType is 2 or 3,
            _ => false,
        };
        if (!fits)
        {
            return [$"type: callback type {callbackType} does not answer an interaction of type {interactionType}"];
        }

        return callbackType switch
        {
            4 or 7 => MessageRules.Check(data, body.Files, mustHaveContent: callbackType == 4),
            5 => (data?["flags"]?.GetValue<long>() ?? 0) is 0 or 64 ? [] : ["data.flags: a deferred response may only be ephemeral"],
            8 => data?["choices"] is JsonArray { Count: <= 25 } ? [] : ["data.choices: 0-25 choices required"],
            9 => ComponentRules.CheckModal(data),
            _ => [],
        };
    }
}
