namespace FakeDiscord;

public sealed record ScriptedFailure(string PathContains, int Status, double RetryAfterSeconds, bool Global);

// Failures queued by a test; each one answers the next request whose path contains PathContains.
public sealed class RateLimitScript
{
    private readonly List<ScriptedFailure> queue = [];
    private readonly Lock gate = new();

    public void TooManyRequests(string pathContains, double retryAfterSeconds, bool global = false) =>
        Add(new ScriptedFailure(pathContains, 429, retryAfterSeconds, global));

    // The next matching request succeeds but reports its bucket spent until ResetAfter has passed.
    public void SpendBucket(string pathContains, double resetAfterSeconds) => Add(new ScriptedFailure(pathContains, 200, resetAfterSeconds, false));

    // The next matching request is answered normally, but only after this many seconds on the fake's clock.
    public void Slow(string pathContains, double seconds) => Add(new ScriptedFailure(pathContains, 0, seconds, false));

    public void ServerError(string pathContains, int status = 502) => Add(new ScriptedFailure(pathContains, status, 0, false));

    // How many failures are queued, read without the lock: every request asks, and almost always none are.
    private int queued;

    private void Add(ScriptedFailure failure)
    {
        lock (gate)
        {
            queue.Add(failure);
            Volatile.Write(ref queued, queue.Count);
        }
    }

    internal ScriptedFailure? Take(string path)
    {
        if (Volatile.Read(ref queued) == 0)
        {
            return null;
        }

        lock (gate)
        {
            var index = queue.FindIndex(f => path.Contains(f.PathContains, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var failure = queue[index];
            queue.RemoveAt(index);
            Volatile.Write(ref queued, queue.Count);
            return failure;
        }
    }
}
