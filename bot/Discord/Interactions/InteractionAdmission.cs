using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace StudyBot.Discord.Interactions;

// Over the gateway, interactions arrive as fast as Discord sends them. Each used to go straight to
// the thread pool, so past what the cores could answer the pool's queue grew without bound (2.3 GB
// at 5,000 presses a second) and every press's own next steps (its commit, its callback) waited in
// that queue behind thousands of newer presses: nearly nothing was answered within Discord's
// 3 seconds. Here at most Limit interactions are handled at once and the rest wait their turn in
// arrival order (first press, first answered). One that has waited MaxWait is dropped unread when
// its turn comes, or when a newer one arrives behind it: it could no longer be answered in time, and
// handling it would only make the presses behind it late too.
internal sealed class InteractionAdmission
{
    // Leaves a second of Discord's three for the handler and the callback once a press gets its turn;
    // the responder defers a slow one no later than 2.5 s after it arrived.
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(2);

    private readonly int limit;
    private readonly Func<JsonElement, DateTimeOffset, Task> handle;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly DroppedInteractions dropped;
    private readonly Lock gate = new();
    private readonly Queue<(JsonElement Interaction, DateTimeOffset ReceivedAt)> waiting = new();
    private int running;

    // dropped: where drops are counted and logged (the responder's, shared with its own drops).
    public InteractionAdmission(int limit, Func<JsonElement, DateTimeOffset, Task> handle, DroppedInteractions dropped, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        (this.limit, this.handle, this.dropped, this.time, this.logger) = (limit, handle, dropped, time, logger);
    }

    public int Waiting
    {
        get
        {
            lock (gate)
            {
                return waiting.Count;
            }
        }
    }

    public void Admit(JsonElement interaction, DateTimeOffset receivedAt)
    {
        List<(JsonElement, DateTimeOffset)>? stale = null;
        var start = false;
        lock (gate)
        {
            if (running < limit)
            {
                running++;
                start = true;
            }
            else
            {
                waiting.Enqueue((interaction, receivedAt));
                TakeStale(receivedAt, ref stale);
            }
        }

        Drop(stale, receivedAt);
        if (start)
        {
            Start(interaction, receivedAt);
        }
    }

    private void Start(JsonElement interaction, DateTimeOffset receivedAt) => _ = Task.Run(async () =>
    {
        try
        {
            await handle(interaction, receivedAt);
        }
        catch (Exception exception)
        {
            // The responder catches its own failures; this keeps a slot from leaking if one escapes.
            Log.InteractionFailed(logger, exception, Id(interaction));
        }
        finally
        {
            Finished();
        }
    });

    private void Finished()
    {
        var now = time.GetUtcNow();
        List<(JsonElement, DateTimeOffset)>? stale = null;
        (JsonElement Interaction, DateTimeOffset ReceivedAt)? next = null;
        lock (gate)
        {
            running--;
            TakeStale(now, ref stale);
            if (waiting.TryDequeue(out var item))
            {
                running++;
                next = item;
            }
        }

        Drop(stale, now);
        if (next is { } turn)
        {
            Start(turn.Interaction, turn.ReceivedAt);
        }
    }

    // The queue is in arrival order, so the stale ones are at its head. The list is made only when
    // there are some: most presses find none.
    private void TakeStale(DateTimeOffset now, ref List<(JsonElement, DateTimeOffset)>? stale)
    {
        while (waiting.TryPeek(out var head) && now - head.ReceivedAt >= MaxWait)
        {
            (stale ??= []).Add(waiting.Dequeue());
        }
    }

    private void Drop(List<(JsonElement Interaction, DateTimeOffset ReceivedAt)>? stale, DateTimeOffset now)
    {
        foreach (var (interaction, receivedAt) in stale ?? [])
        {
            dropped.Dropped(Id(interaction), now - receivedAt);
        }
    }

    private static string Id(JsonElement interaction) =>
        interaction.ValueKind == JsonValueKind.Object && interaction.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString() ?? "?"
            : "?";
}
