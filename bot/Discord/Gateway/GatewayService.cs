using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Json;
using StudyBot.Discord.Registration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Gateway;

// The shard coordinator: works out which shards this process runs, keeps one connection per shard
// (each resuming on its own), paces their identifies by Discord's buckets, and stops the host with
// one clear line when any shard meets a failure that retrying cannot help.
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
    private InteractionAdmission? admission;
    private CancellationToken stopping;
    private int registeringShard = -1;

    // Every shard sees READY; commands are registered once, from this process's first shard.
    public void OnReady(int shardId, string? applicationId)
    {
        var app = options.Value.ApplicationId is { Length: > 0 } configured ? configured : applicationId;
        if (app is not null && shardId == registeringShard)
        {
            _ = Task.Run(() => registrar.RegisterAsync(app, stopping), stopping);
        }
    }

    // Handled a limited number at once, in arrival order (see InteractionAdmission).
    public void OnInteraction(JsonElement interaction, DateTimeOffset receivedAt) =>
        LazyInitializer.EnsureInitialized(ref admission, () => new InteractionAdmission(options.Value.InteractionsAtOnce, Handle, responder.Dropped, time, logger))
            .Admit(interaction, receivedAt);

    private Task Handle(JsonElement interaction, DateTimeOffset receivedAt) => responder.HandleAsync(interaction, receivedAt, stopping);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        ShardPlan? plan = null;
        if (!await GuardAsync(async () => plan = await PlanAsync(stoppingToken), stoppingToken) || plan is null)
        {
            return;
        }

        registeringShard = plan.ShardIds[0];
        Log.ShardsPlanned(logger, string.Join(',', plan.ShardIds), plan.ShardCount, plan.MaxConcurrency);
        using var identifyLimiter = new IdentifyLimiter(time, logger, plan.MaxConcurrency);
        var shards = plan.ShardIds.Select(id =>
        {
            var shard = new GatewayShard(new GatewaySessionState(id, plan.ShardCount), options.Value, identifyLimiter, this, GatewayUrlAsync, time, jitter, logger);
            return GuardAsync(() => shard.RunAsync(plan.GatewayUrl, stoppingToken), stoppingToken);
        });
        if ((await Task.WhenAll(shards)).All(clean => clean))
        {
            Log.GatewayStopped(logger);
        }
    }

    // False when the work failed; the failure is logged once and the host is stopped.
    private async Task<bool> GuardAsync(Func<Task> work, CancellationToken stoppingToken)
    {
        try
        {
            await work();
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return true;
        }
        catch (GatewayFatalException fatal)
        {
            Log.GatewayFatal(logger, fatal.Code, fatal.Message);
        }
        catch (ShardSettingsException refused)
        {
            Log.ShardSettingsRefused(logger, refused.Message);
        }
        catch (DiscordRestException refused) when (refused.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            Log.GatewayFatal(logger, 401, "authentication failed: Discord rejected the bot token (check Discord:Token)");
        }
        catch (Exception exception)
        {
            Log.GatewayCrashed(logger, exception);
        }

        Environment.ExitCode = 1;
        lifetime.StopApplication();
        return false;
    }

    private async Task<ShardPlan> PlanAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        _ = ShardSettings.TryParseCount(settings.ShardCount, out var configuredCount); // validated at start-up
        _ = ShardSettings.TryParseIds(settings.ShardIds, out var ids);
        var configuredUrl = settings.GatewayUrl is { Length: > 0 } url ? url : null;

        // A configured URL and count skip discovery, as before sharding; auto always needs Discord's answer.
        var bot = configuredUrl is null || configuredCount is null ? await api.GetGatewayBotAsync(stoppingToken) : null;
        var count = configuredCount ?? Math.Max(1, bot!.Shards);
        if (ShardSettings.CheckAgainstCount(ids, count) is { } problem)
        {
            throw new ShardSettingsException(problem + " Discord:ShardCount is auto and Discord recommends " + count + ".");
        }

        var run = ShardSettings.ShardsToRun(ids, count);
        if (bot is not null)
        {
            await WaitForIdentifyBudgetAsync(bot, run.Count, stoppingToken);
        }

        return new ShardPlan(configuredUrl ?? bot!.Url, count, run, Math.Max(1, bot?.SessionStartLimit?.MaxConcurrency ?? 1));
    }

    // Asked again by a shard whose connections keep failing: the cached URL may be what is failing.
    private async Task<string> GatewayUrlAsync(CancellationToken stoppingToken)
    {
        if (options.Value.GatewayUrl is { Length: > 0 } configured)
        {
            return configured;
        }

        var bot = await api.GetGatewayBotAsync(stoppingToken);
        await WaitForIdentifyBudgetAsync(bot, 1, stoppingToken);
        return bot.Url;
    }

    // Out of the daily identify budget: Discord would reset the token if we kept going.
    private async Task WaitForIdentifyBudgetAsync(GatewayBotResponse bot, int identifies, CancellationToken stoppingToken)
    {
        if (bot.SessionStartLimit is { } limit && limit.Remaining < identifies)
        {
            var waiting = Task.Delay(TimeSpan.FromMilliseconds(limit.ResetAfter), time, stoppingToken);
            Log.IdentifyBudgetSpent(logger, limit.ResetAfter);
            await waiting;
        }
    }
}
