using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace FakeDiscord;

internal sealed class FakeInteraction(string id, string token, int type, DateTimeOffset createdAt, JsonObject payload, bool viaHttp = false)
{
    private readonly TaskCompletionSource responded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int acknowledged;

    public string Id => id;

    public string Token => token;

    public int Type => type;

    public DateTimeOffset CreatedAt => createdAt;

    public JsonObject Payload => payload;

    public bool Acknowledged => Volatile.Read(ref acknowledged) == 1;

    // Posted to the bot's HTTP endpoint: its initial response is the answer to that POST.
    public bool ViaHttp => viaHttp;

    // Set once the bot's answer to the POST has been read. The bot may call a webhook route a moment
    // before the fake has read that answer; Discord, having received it first, would not mind.
    public Task Responded => responded.Task;

    public void MarkResponded() => responded.TrySetResult();

    // Exactly one initial response wins, however many arrive at once.
    public bool TryAcknowledge() => Interlocked.Exchange(ref acknowledged, 1) == 0;
}

internal sealed class InteractionStore
{
    private readonly ConcurrentDictionary<string, FakeInteraction> byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeInteraction> byToken = new(StringComparer.Ordinal);

    public void Add(FakeInteraction interaction)
    {
        byId[interaction.Id] = interaction;
        byToken[interaction.Token] = interaction;
    }

    public FakeInteraction? ById(string id) => byId.GetValueOrDefault(id);

    public FakeInteraction? ByToken(string token) => byToken.GetValueOrDefault(token);
}
