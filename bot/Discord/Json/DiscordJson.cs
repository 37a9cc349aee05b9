using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Discord.Json;

// The one serializer context for everything that crosses the wire to Discord.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(HeartbeatFrame))]
[JsonSerializable(typeof(IdentifyFrame))]
[JsonSerializable(typeof(ResumeFrame))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(InteractionCallback))]
[JsonSerializable(typeof(ResponseData))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandPayload>))]
[JsonSerializable(typeof(IReadOnlyList<RegisteredCommand>))]
[JsonSerializable(typeof(DiscordErrorBody))]
[JsonSerializable(typeof(RateLimitedBody))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(bool))]
internal sealed partial class DiscordJson : JsonSerializerContext;
