using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace StudyBot.Tests.Discord;

[JsonSerializable(typeof(JsonObject))]
internal sealed partial class FakeJson : JsonSerializerContext;
