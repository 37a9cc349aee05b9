using System.Text.Json.Nodes;

namespace FakeDiscord;

// How a request to the bot's HTTP interactions endpoint should be signed: properly, or broken in one way.
public enum Signing
{
    Valid,
    NoSignature,
    NoTimestamp,
    ForgedSignature,
    WrongKey,
    Stale,
    FarFuture,
    BodyAlteredAfterSigning,
}

// What the bot answered to one POST of an interaction: the status, the body (the JSON, or the
// payload_json of a multipart body) and its files, with the fake's problems with it as a response.
public sealed record BotResponse(
    string InteractionId,
    Signing Signing,
    int Status,
    string? ContentType,
    string Body,
    IReadOnlyList<RecordedFile> Files,
    IReadOnlyList<string> Problems,
    DateTimeOffset SentAt,
    DateTimeOffset At)
{
    public JsonNode? Json => Body.Length == 0 || ContentType is null ? null : JsonNode.Parse(Body);
}
