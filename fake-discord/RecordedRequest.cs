using System.Text.Json.Nodes;

namespace FakeDiscord;

// Content holds the file's bytes, so a test can read what the bot attached.
public sealed record RecordedFile(string Name, string FileName, long Length)
{
    public ReadOnlyMemory<byte> Content { get; init; }
}

// One request the bot sent, as the fake saw it. Headers never include Authorization.
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    IReadOnlyList<RecordedFile> Files,
    int Status,
    DateTimeOffset At)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public JsonObject ToJson()
    {
        var headers = new JsonObject();
        foreach (var (name, value) in Headers)
        {
            headers[name] = value;
        }

        var files = new JsonArray([.. Files.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["filename"] = f.FileName, ["length"] = f.Length })]);
        return new JsonObject
        {
            ["method"] = Method,
            ["path"] = Path,
            ["headers"] = headers,
            ["body"] = Body,
            ["files"] = files,
            ["status"] = Status,
            ["at"] = At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
