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
}

// What happened on the fake gateway, for tests to wait on. Code is a close code where one applies.
public sealed record GatewayEvent(GatewayEventKind Kind, int Connection, string? SessionId = null, int? Code = null, string? Detail = null);
