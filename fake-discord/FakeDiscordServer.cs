using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FakeDiscord;

// A loopback Discord: REST on /api/v10, the gateway on /gateway (and /resume), test hooks on /_fake.
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly RequestRecorder recorder;
    private readonly InteractionStore interactions = new();
    private readonly Snowflakes ids;
    private readonly RestApi rest;
    private readonly CdnApi cdn = new();
    private readonly ChannelLimits? channelLimits;
    private readonly InteractionSigner signer = new();
    private readonly HttpInteractionPoster poster;

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        Options = options;
        ids = new Snowflakes(options.Time);
        channelLimits = options.ChannelMessageLimit is { } limit ? new ChannelLimits(limit, TimeSpan.FromSeconds(5), options.Time) : null;
        recorder = new RequestRecorder(options);
        Gateway = new FakeGateway(options) { ResumeUrl = () => WebSocketBase + "/resume" };
        rest = new RestApi(options, ids, () => WebSocketBase + "/gateway");
        poster = new HttpInteractionPoster(options, signer, interactions);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        app = builder.Build();
        app.UseWebSockets();
        app.Use(recorder.InvokeAsync);
        app.Use(RateLimitAsync);
        rest.Map(app);
        new CallbackApi(options, interactions).Map(app);
        new WebhookApi(options, interactions, ids).Map(app);
        new ChannelApi(options, ids).Map(app);
        app.Map("/gateway", Gateway.AcceptAsync);
        app.Map("/resume", Gateway.AcceptAsync);
        new TestApi(this).Map(app);
        cdn.Map(app);
    }

    public FakeDiscordOptions Options { get; }

    public FakeGateway Gateway { get; }

    public RateLimitScript Script { get; } = new();

    public EventLog<RecordedRequest> Requests => recorder.Requests;

    public string BaseUrl { get; private set; } = "";

    // What the bot's Discord:ApiBaseUrl should be; the client adds /v10.
    public string ApiBaseUrl => BaseUrl + "/api";

    public string WebSocketBase => "ws" + BaseUrl[4..];

    public IReadOnlyDictionary<string, JsonArray> Commands => rest.Commands;

    // The application's public key, hex, as the developer portal shows it: the bot's Discord:PublicKey in http mode.
    public string PublicKeyHex => signer.PublicKeyHex;

    // Everything the bot answered to interactions POSTed to its HTTP endpoint.
    public EventLog<BotResponse> HttpResponses => poster.Responses;

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        return server;
    }

    // Puts a file on the fake CDN and returns the resolved attachment object an interaction carries.
    public JsonObject HostAttachment(string fileName, byte[] content)
    {
        var id = ids.Next();
        cdn.Host(id, fileName, content);
        var url = $"{BaseUrl}/attachments/{id}/{Uri.EscapeDataString(fileName)}";
        return new JsonObject
        {
            ["id"] = id, ["filename"] = fileName, ["size"] = content.Length, ["url"] = url, ["proxy_url"] = url,
            ["content_type"] = "application/octet-stream",
        };
    }

    // Dispatches an interaction as INTERACTION_CREATE and returns its id.
    public async Task<string> InjectAsync(JsonObject interaction)
    {
        var created = Register(interaction, viaHttp: false);
        await Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        return created.Id;
    }

    // An interaction made ready to be dispatched many times: see InteractionTemplate.
    public InteractionTemplate Template(JsonObject interaction) => new(interaction, Options.ApplicationId);

    // Dispatches the template as INTERACTION_CREATE with values in its holes and returns the new interaction's id.
    public Task<string> InjectAsync(InteractionTemplate template, params ReadOnlySpan<string> values)
    {
        var created = Register(template.Type, template.ChannelId, null);
        var data = template.FillRented(created.Id, created.Token, values, out var length);
        var dispatch = Gateway.DispatchInteractionAsync(data.AsMemory(0, length), template.GuildId, created.Id);
        if (dispatch.IsCompletedSuccessfully)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(data);
            return Task.FromResult(created.Id);
        }

        return AfterAsync(dispatch, data, created.Id);

        static async Task<string> AfterAsync(Task dispatch, byte[] data, string id)
        {
            try
            {
                await dispatch;
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(data);
            }

            return id;
        }
    }

    // Warms the fake's dispatch and callback paths with interactions of its own that never reach the bot:
    // see RigWarmUp. press: a template like the presses to come (its holes get made-up values).
    public Task<RigWarmUpResult> WarmUpAsync(InteractionTemplate press, int rounds = 3, int perRound = 200, int connections = 32) =>
        new RigWarmUp(this, Gateway).RunAsync(press, rounds, perRound, connections);

    internal FakeInteraction RegisterWarmUp(InteractionTemplate template) => Register(template.Type, template.ChannelId, null);

    internal void ForgetWarmUp(IEnumerable<FakeInteraction> registered) => interactions.Forget(registered);

    // POSTs an interaction to the bot's HTTP interactions endpoint, signed as Discord signs it (or
    // broken as signing says), and returns the bot's answer, which is the initial response.
    public Task<BotResponse> PostInteractionAsync(Uri endpoint, JsonObject interaction, Signing signing = Signing.Valid) =>
        poster.PostAsync(endpoint, Register(interaction, viaHttp: true), signing);

    // The same interaction again, as Discord would retry it.
    public Task<BotResponse> PostAgainAsync(Uri endpoint, string interactionId) =>
        poster.PostAsync(endpoint, interactions.ById(interactionId) ?? throw new ArgumentException("no such interaction", nameof(interactionId)), Signing.Valid);

    // Discord's PING, which it sends when the Interactions Endpoint URL is saved.
    public Task<BotResponse> PingAsync(Uri endpoint, Signing signing = Signing.Valid) =>
        PostInteractionAsync(endpoint, new JsonObject { ["type"] = 1, ["version"] = 1 }, signing);

    private FakeInteraction Register(JsonObject interaction, bool viaHttp)
    {
        var type = interaction["type"] is JsonValue value && value.TryGetValue<int>(out var number) ? number : 2;
        var channel = interaction["channel_id"] is JsonValue channelValue && channelValue.TryGetValue<string>(out var text) ? text : null;
        var created = Register(type, channel, viaHttp ? interaction : null);
        interaction["id"] = created.Id;
        interaction["token"] = created.Token;
        interaction["application_id"] = Options.ApplicationId;
        return created;
    }

    // payload: kept only for an interaction POSTed over HTTP, which the caller fills in after this.
    private FakeInteraction Register(int type, string? channel, JsonObject? payload)
    {
        var created = new FakeInteraction(ids.Next(), "itok-" + Guid.NewGuid().ToString("N"), type, Options.Time.GetUtcNow(), Options.Time.GetTimestamp(), channel, payload);
        interactions.Add(created);
        return created;
    }

    // How many interactions have had their initial response, and how many a second one (refused with 40060).
    public int AckedCount => interactions.AckedCount;

    public int AckedTwiceCount => interactions.AckedTwiceCount;

    // When one interaction was sent and acknowledged, for load measurements; null for an unknown id.
    public InteractionOutcome? Outcome(string interactionId) => interactions.ById(interactionId)?.Outcome();

    // Whether an interaction has had its initial response, without building its outcome.
    public bool Acknowledged(string interactionId) => interactions.ById(interactionId)?.Acknowledged == true;

    // Initial responses that Discord accepted for one interaction.
    public IReadOnlyList<RecordedRequest> Callbacks(string interactionId) =>
        [.. Requests.Snapshot().Where(r => r.Path.Contains($"/interactions/{interactionId}/", StringComparison.Ordinal) && r.Status == 204)];

    public Task<RecordedRequest> WaitForCallbackAsync(string interactionId, TimeSpan? timeout = null) =>
        Requests.WaitForAsync(r => r.Path.Contains($"/interactions/{interactionId}/", StringComparison.Ordinal), timeout);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        Gateway.Dispose();
        poster.Dispose();
        signer.Dispose();
    }

    private async Task RateLimitAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith("/api/", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var bucket = path.Contains("/interactions/", StringComparison.Ordinal) ? "interaction-callback"
            : path.Contains("/webhooks/", StringComparison.Ordinal) ? "webhook" : "app-" + context.Request.Method;
        Http.RateLimitHeaders(context, bucket, Options.Time);
        if (channelLimits?.Take(context, path) is { } retryAfter)
        {
            await Http.ScriptedAsync(context, new ScriptedFailure(path, 429, retryAfter, false));
            return;
        }

        // A scripted failure is for the bot, never for the rig's warm-up.
        var scripted = RigWarmUp.IsWarmUp(context) ? null : Script.Take(path);
        if (scripted is { Status: 0 })
        {
            await Task.Delay(TimeSpan.FromSeconds(scripted.RetryAfterSeconds), Options.Time);
        }
        else if (scripted is { Status: 200 })
        {
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset-After"] = scripted.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (scripted is not null)
        {
            await Http.ScriptedAsync(context, scripted);
            return;
        }

        await next(context);
    }
}
