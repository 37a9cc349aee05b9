namespace FakeDiscord;

public enum GatewayEventKind
{
    Connected,
    Identified,
    Resumed,
    Heartbeat,
    ClientClosed,
    ServerClosed,
    Dropped,
    Rejected,
    Held,

    // An INTERACTION_CREATE put on a shard's session; Detail is the interaction id.
    Dispatched,
}

// What happened on the fake gateway, for tests to wait on. Code is a close code where one applies;
// Shard is the shard of the session, once the connection has one.
public sealed record GatewayEvent(GatewayEventKind Kind, int Connection, string? SessionId = null, int? Code = null, string? Detail = null, int? Shard = null);
