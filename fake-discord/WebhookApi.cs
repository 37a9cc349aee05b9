using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FakeDiscord;

// Follow-ups and edits through the interaction token, valid for 15 minutes.
internal sealed class WebhookApi(FakeDiscordOptions options, InteractionStore interactions, Snowflakes ids)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(15);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/v10/webhooks/{app}/{token}", ["POST"], context => MessageAsync(context, followup: true));
        app.MapMethods("/api/v10/webhooks/{app}/{token}/messages/{message}", ["PATCH"], context => MessageAsync(context, followup: false));
        app.MapMethods("/api/v10/webhooks/{app}/{token}/messages/{message}", ["DELETE"], DeleteAsync);
    }

    private async Task DeleteAsync(HttpContext context)
    {
        if (await FindAsync(context) is not null)
        {
            context.Response.StatusCode = 204;
        }
    }

    // The interaction behind a webhook route, or null once an error has been written.
    private async Task<FakeInteraction?> FindAsync(HttpContext context)
    {
        var interaction = interactions.ByToken((string)context.Request.RouteValues["token"]!);
        if (interaction is null || (string?)context.Request.RouteValues["app"] != options.ApplicationId)
        {
            await Http.ErrorAsync(context, 404, 10015, "Unknown Webhook");
            return null;
        }

        if (options.Time.GetUtcNow() - interaction.CreatedAt > TokenLifetime)
        {
            await Http.ErrorAsync(context, 401, 50027, "Invalid Webhook Token");
            return null;
        }

        if (interaction.ViaHttp && !interaction.Acknowledged)
        {
            await interaction.Responded.WaitAsync(CallbackApi.ResponseWindow, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        if (!interaction.Acknowledged)
        {
            await Http.ErrorAsync(context, 404, 10008, "Unknown Message");
            return null;
        }

        return interaction;
    }

    private async Task MessageAsync(HttpContext context, bool followup)
    {
        if (await FindAsync(context) is not { } interaction)
        {
            return;
        }

        var body = await RequestBody.ReadAsync(context);
        var problems = body.Problem is { } problem ? [problem] : MessageRules.Check(body.Json, body.Files, mustHaveContent: followup);
        if (problems.Count > 0)
        {
            await Http.InvalidFormAsync(context, problems);
            return;
        }

        var message = body.Json!.DeepClone().AsObject();
        var messageId = (string?)context.Request.RouteValues["message"];
        message["id"] = messageId is null or "@original" ? ids.Next() : messageId;
        message["channel_id"] = interaction.ChannelId;
        message["application_id"] = options.ApplicationId;
        message.Remove("allowed_mentions");
        await Http.JsonAsync(context, 200, message);
    }
}
