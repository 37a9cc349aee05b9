using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Registration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

// Keeps one gateway connection alive: reconnects with backoff, resumes or identifies as Discord's
// close codes say, and stops the host with one clear line when retrying cannot help.
internal sealed class GatewayService(
    IOptions<DiscordOptions> options,
    DiscordApi api,
    InteractionResponder responder,
    CommandRegistrar registrar,
    TimeProvider time,
    GatewayJitter jitter,
    IHostApplicationLifetime lifetime,
    ILogger<GatewayService> logger) : BackgroundService, IGatewayListener
{
    private readonly GatewaySessionState session = new();
    private CancellationToken stopping;

    public void OnReady(string? applicationId)
    {
        session.ApplicationId = options.Value.ApplicationId is { Length: > 0 } configured ? configured : applicationId;
        if (session.ApplicationId is { } app)
        {
            _ = Task.Run(() => registrar.RegisterAsync(app, stopping), stopping);
        }
    }

    public void OnInteraction(JsonElement interaction, DateTimeOffset receivedAt) =>
        _ = Task.Run(() => responder.HandleAsync(interaction, receivedAt, stopping), stopping);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Log.GatewayStopped(logger);
        }
        catch (GatewayFatalException fatal)
        {
            Log.GatewayFatal(logger, fatal.Code, fatal.Message);
            Stop();
        }
        catch (DiscordRestException refused) when (refused.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            Log.GatewayFatal(logger, 401, "authentication failed: Discord rejected the bot token (check Discord:Token)");
            Stop();
        }
        catch (Exception exception)
        {
            Log.GatewayCrashed(logger, exception);
            Stop();
        }
    }

    private void Stop()
    {
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var identifyLimiter = new IdentifyLimiter(time);
        string? gatewayUrl = null;
        var failures = 0;
        while (true)
        {
            gatewayUrl ??= await GatewayUrlAsync(stoppingToken);
            var url = session.CanResume ? session.ResumeUrl! : gatewayUrl;
            using var connection = new GatewayConnection(session, options.Value, identifyLimiter, this, time, jitter, logger);
            var end = await connection.RunAsync(url, stoppingToken);
            if (end.Next == Next.Stop)
            {
                throw new GatewayFatalException(end.Code ?? 0);
            }

            if (end.Next == Next.Identify)
            {
                session.Forget();
            }

            failures = end.Healthy ? 0 : failures + 1;
            if (failures >= 3)
            {
                // The cached URL may be what is failing; ask Discord again.
                gatewayUrl = null;
            }

            var delay = Backoff(failures);

            // The timer exists before the line is logged, so a test on a fake clock can move it on that line.
            var waiting = Task.Delay(delay, time, stoppingToken);
            Log.Reconnecting(logger, end.Why, end.Code ?? 0, session.CanResume ? "resume" : "identify", (long)delay.TotalMilliseconds);
            await waiting;
        }
    }

    private async Task<string> GatewayUrlAsync(CancellationToken stoppingToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return configured;
        }

        var bot = await api.GetGatewayBotAsync(stoppingToken);
        if (bot.SessionStartLimit is { Remaining: 0 } limit)
        {
            // Out of the daily identify budget: Discord would reset the token if we kept going.
            var waiting = Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, stoppingToken);
            Log.IdentifyBudgetSpent(logger, limit.ResetAfter);
            await waiting;
        }

        return bot.Url;
    }

    // Capped exponential backoff with jitter, from about ReconnectDelayMs up to a minute.
    private TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(60_000, options.Value.ReconnectDelayMs * Math.Pow(2, Math.Min(failures, 16)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (jitter.Next() / 2)));
    }
}
