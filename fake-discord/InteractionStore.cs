using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace FakeDiscord;

// Payload is kept only for interactions posted over HTTP (a retry resends it); a gateway interaction
// keeps just its channel id, so a long load run does not hold every interaction in memory.
internal sealed class FakeInteraction(string id, string token, int type, DateTimeOffset createdAt, long sentAt, string? channelId, JsonObject? payload = null)
{
    private readonly TaskCompletionSource responded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int acknowledged;
    private int callbacks;

    public string Id => id;

    public string Token => token;

    public int Type => type;

    public DateTimeOffset CreatedAt => createdAt;

    public string? ChannelId => channelId;

    public JsonObject Payload => payload ?? throw new InvalidOperationException("Only interactions posted over HTTP keep their payload.");

    public bool Acknowledged => Volatile.Read(ref acknowledged) == 1;

    // Posted to the bot's HTTP endpoint: its initial response is the answer to that POST.
    public bool ViaHttp => payload is not null;

    public long AckedAt { get; private set; }

    public string? AckContent { get; private set; }

    // Set once the bot's answer to the POST has been read. The bot may call a webhook route a moment
    // before the fake has read that answer; Discord, having received it first, would not mind.
    public Task Responded => responded.Task;

    public void MarkResponded() => responded.TrySetResult();

    // Exactly one initial response wins, however many arrive at once; every attempt is counted.
    public bool TryAcknowledge(long at, string? content)
    {
        Interlocked.Increment(ref callbacks);
        if (Interlocked.Exchange(ref acknowledged, 1) != 0)
        {
            return false;
        }

        AckContent = content;
        AckedAt = at;
        return true;
    }

    public InteractionOutcome Outcome() =>
        new(id, sentAt, Acknowledged ? AckedAt : null, Volatile.Read(ref callbacks), AckContent);
}

// When an interaction was dispatched and answered, as timestamps of the fake's TimeProvider
// (TimeProvider.GetElapsedTime turns two into a duration). Callbacks counts every attempt, refused ones too.
public sealed record InteractionOutcome(string Id, long SentAt, long? AckedAt, int Callbacks, string? Content);

internal sealed class InteractionStore
{
    private readonly ConcurrentDictionary<string, FakeInteraction> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeInteraction> byToken = new(StringComparer.Ordinal);
    private int acked;
    private int ackedTwice;

    public int AckedCount => Volatile.Read(ref acked);

    public int AckedTwiceCount => Volatile.Read(ref ackedTwice);

    public void Add(FakeInteraction interaction)
    {
        byId[interaction.Id] = interaction;
        byToken[interaction.Token] = interaction;
    }

    public FakeInteraction? ById(string id) => byId.GetValueOrDefault(id);

    // Removes interactions (the warm-up's) as if they had never been, their acknowledgements with them.
    public void Forget(IEnumerable<FakeInteraction> forgotten)
    {
        foreach (var interaction in forgotten)
        {
            byId.TryRemove(interaction.Id, out _);
            byToken.TryRemove(interaction.Token, out _);
            var outcome = interaction.Outcome();
            if (outcome.AckedAt is not null)
            {
                Interlocked.Decrement(ref acked);
            }

            Interlocked.Add(ref ackedTwice, -Math.Max(0, outcome.Callbacks - 1));
        }
    }

    public FakeInteraction? ByToken(string token) => byToken.GetValueOrDefault(token);

    public bool TryAcknowledge(FakeInteraction interaction, long at, string? content)
    {
        if (interaction.TryAcknowledge(at, content))
        {
            Interlocked.Increment(ref acked);
            return true;
        }

        Interlocked.Increment(ref ackedTwice);
        return false;
    }
}
