namespace StudyBot.Discord.Gateway;

// Discord allows one IDENTIFY per 5 s per max_concurrency bucket; a reconnect storm must not exceed it.
internal sealed class IdentifyLimiter(TimeProvider time)
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private DateTimeOffset? last;

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (last is { } previous && time.GetUtcNow() - previous < Spacing)
        {
            await Task.Delay(previous + Spacing - time.GetUtcNow(), time, cancellationToken);
        }

        last = time.GetUtcNow();
    }
}
