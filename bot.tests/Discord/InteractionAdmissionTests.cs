using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using StudyBot.Discord.Interactions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

// Gateway interactions past the limit wait their turn in arrival order; one that waited two seconds
// is dropped unread. On a fake clock, with handlers the test finishes itself.
public sealed class InteractionAdmissionTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly LogCapture logs = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> started = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> finish = new();
    private readonly ConcurrentQueue<string> order = new();
    private DroppedInteractions? dropped;

    public void Dispose() => dropped?.Dispose();

    [Fact]
    public async Task Admit_MoreThanTheLimit_StartsTheRestInArrivalOrderAsSlotsFree()
    {
        var admission = Admission(limit: 2);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            admission.Admit(Interaction(id), clock.GetUtcNow());
        }

        await Task.WhenAll(Started("a"), Started("b")).WaitAsync(Wait);
        Assert.Equal(2, admission.Waiting);
        Assert.False(Started("c").IsCompleted);

        Finish("b");
        await Started("c").WaitAsync(Wait);
        Assert.False(Started("d").IsCompleted);
        Finish("a");
        await Started("d").WaitAsync(Wait);

        // a and b started together; c and d each as a slot freed.
        Assert.Equal(["a", "b", "c", "d"], [.. order.Take(2).Order(StringComparer.Ordinal), .. order.Skip(2)]);
        Assert.Equal(0, admission.Waiting);
    }

    [Fact]
    public async Task Admit_WaitedTwoSecondsWhenItsTurnComes_IsDroppedUnreadAndLogged()
    {
        var admission = await ARunningBWaitingAsync();

        clock.Advance(InteractionAdmission.MaxWait);
        Finish("a");
        var line = await logs.WaitForAsync(2056).WaitAsync(Wait);

        Assert.Contains("b", line.Message, StringComparison.Ordinal);
        Assert.Contains("2000 ms", line.Message, StringComparison.Ordinal);
        Assert.False(Started("b").IsCompleted);
        Assert.Equal(0, admission.Waiting);

        // The slot b would have taken is free for the next press.
        admission.Admit(Interaction("c"), clock.GetUtcNow());
        await Started("c").WaitAsync(Wait);
    }

    [Fact]
    public async Task Admit_BehindAPressThatWaitedTooLong_DropsItAtOnce()
    {
        var admission = await ARunningBWaitingAsync();
        clock.Advance(TimeSpan.FromMilliseconds(1999));
        admission.Admit(Interaction("c"), clock.GetUtcNow());
        Assert.Equal(2, admission.Waiting);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        admission.Admit(Interaction("d"), clock.GetUtcNow());

        Assert.Equal(2, admission.Waiting);
        Assert.Contains("b", Assert.Single(logs.Lines.Snapshot(), l => l.EventId == 2056).Message, StringComparison.Ordinal);
        Finish("a");
        await Started("c").WaitAsync(Wait);
        Finish("c");
        await Started("d").WaitAsync(Wait);
        Assert.False(Started("b").IsCompleted);
    }

    [Fact]
    public async Task Admit_HandlerThatThrows_FreesItsSlotAndIsLogged()
    {
        var admission = await ARunningBWaitingAsync();

        finish["a"].SetException(new InvalidOperationException("boom"));

        await Started("b").WaitAsync(Wait);
        Assert.Equal("Interaction a: could not be answered", (await logs.WaitForAsync(2053).WaitAsync(Wait)).Message);
    }

    // One slot: a holds it, b waits its turn.
    private async Task<InteractionAdmission> ARunningBWaitingAsync()
    {
        var admission = Admission(limit: 1);
        admission.Admit(Interaction("a"), clock.GetUtcNow());
        await Started("a").WaitAsync(Wait);
        admission.Admit(Interaction("b"), clock.GetUtcNow());
        return admission;
    }

    private InteractionAdmission Admission(int limit)
    {
        var logger = logs.CreateLogger("admission");
        dropped = new DroppedInteractions(clock, logger);
        return new InteractionAdmission(limit, Handle, dropped, clock, logger);
    }

    private Task Handle(JsonElement interaction, DateTimeOffset receivedAt)
    {
        var id = interaction.GetProperty("id").GetString()!;
        order.Enqueue(id);
        var done = finish.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        StartedSource(id).TrySetResult();
        return done.Task;
    }

    private TaskCompletionSource StartedSource(string id) =>
        started.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private Task Started(string id) => StartedSource(id).Task;

    private void Finish(string id) => finish[id].SetResult();

    private static JsonElement Interaction(string id) => JsonDocument.Parse($$"""{"id":"{{id}}","type":3}""").RootElement;
}
