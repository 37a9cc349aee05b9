namespace StudyBot.Storage;

// Writes that arrive while a batch is being written go in the next batch: one transaction (one
// commit) per batch rather than one per item, which is what carries a class-sized burst through
// SQLite's single writer and PostgreSQL's round trips. An item's task completes with its own result
// once its batch is committed; if the batch throws, every item in it fails with that exception.
// Afterwards runs after the results are handed out, off the callers' path; it must not throw
// (the writer would stop with it), so it catches and logs its own failures.
internal sealed class GroupCommit<TItem, TResult>(Func<IReadOnlyList<TItem>, TResult[]> write, Action<IReadOnlyList<TItem>, TResult[]>? afterwards = null)
{
    private readonly Lock gate = new();
    private List<(TItem Item, TaskCompletionSource<TResult> Done)> queue = [];
    private bool writing;

    public Task<TResult> Add(TItem item)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (gate)
        {
            queue.Add((item, done));
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            _ = Task.Run(WriteQueued);
        }

        return done.Task;
    }

    private void WriteQueued()
    {
        while (true)
        {
            List<(TItem Item, TaskCompletionSource<TResult> Done)> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    return;
                }

                (batch, queue) = (queue, []);
            }

            List<TItem> items = [.. batch.Select(b => b.Item)];
            TResult[] results;
            try
            {
                results = write(items);
            }
            catch (Exception exception)
            {
                batch.ForEach(b => b.Done.TrySetException(exception));
                continue;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }

            afterwards?.Invoke(items, results);
        }
    }
}
