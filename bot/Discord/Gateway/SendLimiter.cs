namespace StudyBot.Discord.Gateway;

// Discord closes a connection that sends more than 120 frames in 60 s; stay a little under it.
internal sealed class SendLimiter(TimeProvider time, int limit = 115)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> sent = new();

    // Callers hold the socket's send lock, so this runs one frame at a time.
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        while (sent.Count > 0 && now - sent.Peek() >= Window)
        {
            sent.Dequeue();
        }

        if (sent.Count >= limit)
        {
            await Task.Delay(sent.Peek() + Window - now, time, cancellationToken);
            sent.Dequeue();
        }

        sent.Enqueue(time.GetUtcNow());
    }
}
