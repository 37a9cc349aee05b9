using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// The JSON a request carried, from a plain JSON body or from multipart's payload_json, plus its files.
internal sealed record RequestBody(JsonObject? Json, string Text, IReadOnlyList<RecordedFile> Files, string? Problem)
{
    private const string Key = "fake-discord-body";

    public static async Task<RequestBody> ReadAsync(HttpContext context)
    {
        if (context.Items.TryGetValue(Key, out var cached) && cached is RequestBody body)
        {
            return body;
        }

        body = await ParseAsync(context.Request);
        context.Items[Key] = body;
        return body;
    }

    private static async Task<RequestBody> ParseAsync(HttpRequest request)
    {
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/form-data", StringComparison.Ordinal))
        {
            var form = await request.ReadFormAsync();
            var files = new List<RecordedFile>();
            foreach (var file in form.Files)
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content);
                files.Add(new RecordedFile(file.Name, file.FileName, file.Length) { Content = content.ToArray() });
            }

            var text = form["payload_json"].ToString();
            return Parse(text, files);
        }

        var bytes = await ReadAllAsync(request);
        var raw = Encoding.UTF8.GetString(bytes);
        if (raw.Length > 0 && request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return new RequestBody(null, raw, [], "Content-Type must be application/json or multipart/form-data");
        }

        return Parse(raw, [], bytes);
    }

    // The body's bytes, read straight into one array when its length is given (a callback is a few hundred
    // bytes; a reader with its buffers for each one costs more than the read).
    private static async Task<byte[]> ReadAllAsync(HttpRequest request)
    {
        if (request.ContentLength is { } length and <= 1 << 20)
        {
            var bytes = new byte[length];
            var read = await request.Body.ReadAtLeastAsync(bytes, bytes.Length, throwOnEndOfStream: false);
            return read == bytes.Length ? bytes : bytes[..read];
        }

        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy);
        return copy.ToArray();
    }

    // utf8: the same body's bytes when the caller has them, parsed instead of the text.
    public static RequestBody Parse(string text, IReadOnlyList<RecordedFile> files, byte[]? utf8 = null)
    {
        if (text.Length == 0)
        {
            return new RequestBody(null, text, files, null);
        }

        try
        {
            // Arrays are valid bodies too (command registration); callers that need an object check Json.
            var json = utf8 is null ? JsonNode.Parse(text) : JsonNode.Parse(utf8);
            return new RequestBody(json as JsonObject, text, files, null);
        }
        catch (JsonException exception)
        {
            return new RequestBody(null, text, files, "the body is not JSON: " + exception.Message);
        }
    }
}
