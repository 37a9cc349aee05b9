namespace FakeDiscord;

// An append-only list that tests can wait on instead of sleeping.
public sealed class EventLog<T>
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly List<T> items = [];
    private readonly Lock gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Whether anyone waits on changed: a load run adds an event per interaction, and with nobody
    // waiting an Add is just a list append, not a completed task and a new one each time.
    private bool watched;

    public void Add(T item)
    {
        TaskCompletionSource? old = null;
        lock (gate)
        {
            items.Add(item);
            if (watched)
            {
                old = changed;
                changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
                watched = false;
            }
        }

        old?.TrySetResult();
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

    // Each wake-up looks only at the events added since the last look, so waiting for one event among
    // hundreds of thousands does not scan them all again on every Add.
    public async Task<IReadOnlyList<T>> WaitForCountAsync(Func<T, bool> match, int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        var found = new List<T>();
        var seen = 0;
        while (true)
        {
            Task next;
            T[] added;
            lock (gate)
            {
                added = items.Count > seen ? items.GetRange(seen, items.Count - seen).ToArray() : [];
                seen = items.Count;
                next = changed.Task;
                watched = true;
            }

            found.AddRange(added.Where(match));
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
