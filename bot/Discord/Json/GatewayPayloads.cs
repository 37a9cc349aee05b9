using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Discord.Json;

// Every gateway frame: { op, d, s, t }. d stays a JsonElement until the opcode says what it is.
internal sealed record GatewayFrame(int Op, JsonElement? D, int? S, string? T);

internal sealed record HeartbeatFrame(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? D);

internal sealed record IdentifyFrame(int Op, IdentifyData D);

internal sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);

internal sealed record IdentifyProperties(string Os, string Browser, string Device);

internal sealed record ResumeFrame(int Op, ResumeData D);

internal sealed record ResumeData(string Token, string SessionId, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] int? Seq);

internal sealed record HelloData(int HeartbeatInterval);

internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, ReadyApplication? Application);

internal sealed record ReadyApplication(string Id);

internal sealed record GatewayBotResponse(string Url, int Shards, SessionStartLimit? SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
