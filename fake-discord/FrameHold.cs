namespace FakeDiscord;

// The scripted "delayed frames" fault: while a hold is on, everything the gateway sends waits for it
// to end on the fake's clock, then goes out in the order it was sent.
internal sealed class FrameHold(TimeProvider time) : IDisposable
{
    private readonly Lock gate = new();
    private TaskCompletionSource? release;
    private ITimer? timer;

    // The timer exists before this returns, so a test may move the clock straight after.
    public void Start(TimeSpan duration)
    {
        var ends = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            release?.TrySetResult();
            timer?.Dispose();
            release = ends;
            timer = time.CreateTimer(_ => ends.TrySetResult(), null, duration, Timeout.InfiniteTimeSpan);
        }
    }

    public Task? Current
    {
        get
        {
            lock (gate)
            {
                return release is { Task.IsCompleted: false } on ? on.Task : null;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            release?.TrySetResult();
            timer?.Dispose();
        }
    }
}
