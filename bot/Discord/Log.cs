using Microsoft.Extensions.Logging;

namespace StudyBot.Discord;

// Event ids 2000-2199. No message ever includes the bot token.
internal static partial class Log
{
    [LoggerMessage(2000, LogLevel.Information, "Gateway shard {Shard}: identifying")]
    public static partial void Identifying(ILogger logger, string shard);

    [LoggerMessage(2001, LogLevel.Information, "Gateway shard {Shard}: resuming after sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, string shard, int sequence);

    [LoggerMessage(2002, LogLevel.Information, "Gateway shard {Shard}: ready, session {SessionId}")]
    public static partial void Ready(ILogger logger, string shard, string sessionId);

    [LoggerMessage(2003, LogLevel.Information, "Gateway shard {Shard}: resumed at sequence {Sequence}")]
    public static partial void Resumed(ILogger logger, string shard, int sequence);

    [LoggerMessage(2004, LogLevel.Warning, "Gateway shard {Shard}: no heartbeat ACK since the last heartbeat; closing the zombie connection to resume")]
    public static partial void Zombie(ILogger logger, string shard);

    [LoggerMessage(2005, LogLevel.Information, "Gateway shard {Shard}: Discord asked for a reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger, string shard);

    [LoggerMessage(2006, LogLevel.Warning, "Gateway shard {Shard}: invalid session (op 9), resumable: {Resumable}")]
    public static partial void InvalidSession(ILogger logger, string shard, bool resumable);

    [LoggerMessage(2007, LogLevel.Warning, "Gateway: skipped a malformed frame of {Length} bytes: {Problem}")]
    public static partial void MalformedFrame(ILogger logger, int length, string problem);

    [LoggerMessage(2008, LogLevel.Warning, "Gateway: skipped a frame with unknown opcode {Op}")]
    public static partial void UnknownOpcode(ILogger logger, int op);

    [LoggerMessage(2009, LogLevel.Debug, "Gateway: ignored event {EventName}")]
    public static partial void IgnoredEvent(ILogger logger, string eventName);

    [LoggerMessage(2010, LogLevel.Warning, "Gateway shard {Shard}: {Why} (close code {Code}); will {How} in {DelayMs} ms")]
    public static partial void Reconnecting(ILogger logger, string shard, string why, int code, string how, long delayMs);

    [LoggerMessage(2011, LogLevel.Critical, "Discord refused the connection and retrying cannot help (code {Code}): {Reason}. StudyBot is stopping.")]
    public static partial void GatewayFatal(ILogger logger, int code, string reason);

    [LoggerMessage(2012, LogLevel.Critical, "Gateway: failed unexpectedly; StudyBot is stopping")]
    public static partial void GatewayCrashed(ILogger logger, Exception exception);

    [LoggerMessage(2013, LogLevel.Information, "Gateway: closed cleanly")]
    public static partial void GatewayStopped(ILogger logger);

    [LoggerMessage(2017, LogLevel.Information, "Gateway: running shards {ShardIds} of {ShardCount} (identify buckets: {MaxConcurrency})")]
    public static partial void ShardsPlanned(ILogger logger, string shardIds, int shardCount, int maxConcurrency);

    [LoggerMessage(2018, LogLevel.Debug, "Gateway shard {ShardId}: waiting {DelayMs} ms for its turn to identify (bucket {Bucket})")]
    public static partial void IdentifyQueued(ILogger logger, int shardId, int bucket, long delayMs);

    [LoggerMessage(2019, LogLevel.Critical, "{Problem} StudyBot is stopping.")]
    public static partial void ShardSettingsRefused(ILogger logger, string problem);

    [LoggerMessage(2014, LogLevel.Warning, "Gateway: the daily identify budget is spent; waiting {ResetAfterMs} ms for it to reset")]
    public static partial void IdentifyBudgetSpent(ILogger logger, long resetAfterMs);

    [LoggerMessage(2015, LogLevel.Debug, "Gateway: first heartbeat in {DelayMs} ms (interval {IntervalMs} ms × jitter)")]
    public static partial void FirstHeartbeat(ILogger logger, long delayMs, long intervalMs);

    [LoggerMessage(2020, LogLevel.Debug, "Gateway shard {Shard}: heartbeat ACK")]
    public static partial void HeartbeatAcked(ILogger logger, string shard);

    [LoggerMessage(2016, LogLevel.Debug, "Gateway: connected; waiting up to {TimeoutMs} ms for HELLO")]
    public static partial void AwaitingHello(ILogger logger, long timeoutMs);

    [LoggerMessage(2050, LogLevel.Warning, "Interaction: skipped a payload that could not be read: {Problem}")]
    public static partial void MalformedInteraction(ILogger logger, string problem);

    [LoggerMessage(2051, LogLevel.Information, "Interaction {InteractionId}: delivered again; already answered")]
    public static partial void DuplicateInteraction(ILogger logger, string interactionId);

    [LoggerMessage(2052, LogLevel.Warning, "Interaction {InteractionId}: Discord refused the response: {Code} {DiscordMessage}")]
    public static partial void ResponseRefused(ILogger logger, string interactionId, int code, string discordMessage);

    [LoggerMessage(2053, LogLevel.Error, "Interaction {InteractionId}: could not be answered")]
    public static partial void InteractionFailed(ILogger logger, Exception exception, string interactionId);

    [LoggerMessage(2054, LogLevel.Warning, "Interaction {InteractionId}: unknown interaction type {Type}; not answered")]
    public static partial void UnknownInteractionType(ILogger logger, string interactionId, int type);

    [LoggerMessage(2055, LogLevel.Information, "Interaction {InteractionId}: no reply within {BudgetMs} ms; deferred, the reply will edit it")]
    public static partial void Deferred(ILogger logger, string interactionId, int budgetMs);

    [LoggerMessage(2170, LogLevel.Information, "HTTP interactions: listening on {Addresses} at {Path}")]
    public static partial void HttpListening(ILogger logger, string addresses, string path);

    [LoggerMessage(2171, LogLevel.Information, "HTTP interactions: refused a request with 401: {Reason}")]
    public static partial void HttpRefused(ILogger logger, string reason);

    [LoggerMessage(2172, LogLevel.Information, "HTTP interactions: refused a body over {MaxBytes} bytes with 413")]
    public static partial void HttpTooLarge(ILogger logger, int maxBytes);

    [LoggerMessage(2056, LogLevel.Warning, "Interaction {InteractionId}: too late to answer within Discord's 3 seconds ({AgeMs} ms since it arrived); dropped unanswered")]
    public static partial void TooLate(ILogger logger, string interactionId, long ageMs);

    [LoggerMessage(2057, LogLevel.Warning, "{Count} more interactions dropped unanswered in the last {Seconds} s: too late to answer within Discord's 3 seconds (oldest {OldestMs} ms)")]
    public static partial void TooLateMore(ILogger logger, long count, int seconds, long oldestMs);

    [LoggerMessage(2058, LogLevel.Information, "Warm-up: a quiz start and {Presses} presses answered on a scratch database ({Stored} stored) in {Ms} ms; the first class's presses no longer wait for the JIT")]
    public static partial void WarmedUp(ILogger logger, int presses, int stored, long ms);

    [LoggerMessage(2059, LogLevel.Warning, "Warm-up failed; the bot runs as usual, only the first burst of presses may be slower")]
    public static partial void WarmUpFailed(ILogger logger, Exception exception);

    [LoggerMessage(2100, LogLevel.Warning, "REST: rate limited on {Route}; retrying after {RetryAfter} s (global: {Global})")]
    public static partial void RateLimited(ILogger logger, string route, double retryAfter, bool global);

    [LoggerMessage(2101, LogLevel.Warning, "REST: {Route} answered {Status}; retrying in {DelayMs} ms")]
    public static partial void ServerErrorRetry(ILogger logger, string route, int status, double delayMs);

    [LoggerMessage(2102, LogLevel.Debug, "REST: holding {Route} for {DelayMs} ms to respect a rate limit")]
    public static partial void Holding(ILogger logger, string route, long delayMs);

    [LoggerMessage(2150, LogLevel.Information, "Commands: unchanged since the last registration ({Scope}); not sent")]
    public static partial void CommandsUnchanged(ILogger logger, string scope);

    [LoggerMessage(2151, LogLevel.Information, "Commands: registered {Count} commands ({Scope})")]
    public static partial void CommandsRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(2152, LogLevel.Error, "Commands: Discord refused the registration ({Scope}): {Code} {DiscordMessage}")]
    public static partial void CommandsRefused(ILogger logger, string scope, int code, string discordMessage);
}
