namespace StudyBot.Sessions;

// Keeps a live count's message edits within Discord's rate limits: the first change is shown at
// once, and changes within the gap after an edit are folded into one edit at the gap's end.
internal sealed class EditThrottle(TimeProvider time, TimeSpan gap, Func<Task> edit) : IDisposable
{
    private readonly Lock sync = new();
    private DateTimeOffset last = DateTimeOffset.MinValue;
    private ITimer? timer;
    private bool pending;
    private bool disposed;

    public void Request()
    {
        TimeSpan wait;
        lock (sync)
        {
            if (pending || disposed)
            {
                return;
            }

            pending = true;
            wait = last == DateTimeOffset.MinValue ? TimeSpan.Zero : last + gap - time.GetUtcNow();
        }

        if (wait <= TimeSpan.Zero)
        {
            _ = RunAsync();
            return;
        }

        var next = time.CreateTimer(_ => _ = RunAsync(), null, wait, Timeout.InfiniteTimeSpan);
        lock (sync)
        {
            timer?.Dispose();
            timer = next;
        }
    }

    public void Dispose()
    {
        lock (sync)
        {
            disposed = true;
            timer?.Dispose();
        }
    }

    private async Task RunAsync()
    {
        lock (sync)
        {
            if (disposed)
            {
                return;
            }

            pending = false;
            last = time.GetUtcNow();
        }

        await edit();
    }
}
