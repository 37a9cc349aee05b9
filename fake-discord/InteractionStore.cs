using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace FakeDiscord;

internal sealed class FakeInteraction(string id, string token, int type, DateTimeOffset createdAt, JsonObject payload)
{
    private int acknowledged;

    public string Id => id;

    public string Token => token;

    public int Type => type;

    public DateTimeOffset CreatedAt => createdAt;

    public JsonObject Payload => payload;

    public bool Acknowledged => Volatile.Read(ref acknowledged) == 1;

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
