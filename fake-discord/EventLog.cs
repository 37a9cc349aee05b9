namespace FakeDiscord;

// An append-only list that tests can wait on instead of sleeping.
public sealed class EventLog<T>
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly List<T> items = [];
    private readonly Lock gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(T item)
    {
        TaskCompletionSource old;
        lock (gate)
        {
            items.Add(item);
            old = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        old.TrySetResult();
    }

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public async Task<T> WaitForAsync(Func<T, bool> match, TimeSpan? timeout = null) =>
        (await WaitForCountAsync(match, 1, timeout))[0];

    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> match, int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (true)
        {
            Task next;
            List<T> found;
            lock (gate)
            {
                found = [.. items.Where(match)];
                next = changed.Task;
            }

            if (found.Count >= count)
            {
                return found;
            }

            try
            {
                await next.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {timeout ?? DefaultTimeout} for {count} matching events; saw {found.Count}.");
            }
        }
    }
}
