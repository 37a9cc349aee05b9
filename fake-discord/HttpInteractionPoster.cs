using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace FakeDiscord;

// Discord's side of the HTTP interactions endpoint: sign an interaction, POST it to the bot, and
// take the bot's answer as the interaction's initial response, with the same rules as the callback route.
internal sealed class HttpInteractionPoster(FakeDiscordOptions options, InteractionSigner signer, InteractionStore interactions) : IDisposable
{
    private static readonly TimeSpan SkewBeyondWindow = TimeSpan.FromMinutes(6);

    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public EventLog<BotResponse> Responses { get; } = new();

    public async Task<BotResponse> PostAsync(Uri endpoint, FakeInteraction interaction, Signing signing)
    {
        var body = Encoding.UTF8.GetBytes(interaction.Payload.ToJsonString());
        var now = options.Time.GetUtcNow();
        var signedAt = signing switch
        {
            Signing.Stale => now - SkewBeyondWindow,
            Signing.FarFuture => now + SkewBeyondWindow,
            _ => now,
        };
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = signer.Sign(timestamp, body, stranger: signing == Signing.WrongKey);
        if (signing == Signing.ForgedSignature)
        {
            // Same length and alphabet as a real one; only the bytes are wrong.
            signature = (signature[0] == '0' ? "1" : "0") + signature[1..];
        }

        if (signing == Signing.BodyAlteredAfterSigning)
        {
            body = Encoding.UTF8.GetBytes(interaction.Payload.ToJsonString().Replace("\"type\":", "\"type\" :", StringComparison.Ordinal));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("Discord-Interactions/1.0 (+https://discord.com)");
        if (signing != Signing.NoSignature)
        {
            request.Headers.Add("X-Signature-Ed25519", signature);
        }

        if (signing is not (Signing.NoSignature or Signing.NoTimestamp))
        {
            request.Headers.Add("X-Signature-Timestamp", timestamp);
        }

        using var response = await client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var contentType = response.Content.Headers.ContentType;
        var (text, files) = await ReadAsync(contentType, bytes);
        var problems = new List<string>();
        if ((int)response.StatusCode == 200)
        {
            problems.AddRange(Acknowledge(interaction, text, files));
        }

        interaction.MarkResponded();
        var answer = new BotResponse(interaction.Id, signing, (int)response.StatusCode, contentType?.MediaType, text, files, problems, now, options.Time.GetUtcNow());
        Responses.Add(answer);
        return answer;
    }

    public void Dispose() => client.Dispose();

    private List<string> Acknowledge(FakeInteraction interaction, string text, IReadOnlyList<RecordedFile> files)
    {
        var body = RequestBody.Parse(text, files);
        var type = body.Json?["type"]?.GetValue<int>() ?? 0;
        var problems = body.Problem is { } problem ? [problem] : CallbackApi.Check(interaction.Type, type, body);
        if (problems.Count == 0 && type != 1 && !interactions.TryAcknowledge(interaction, options.Time.GetTimestamp(), null))
        {
            return ["the interaction was already acknowledged"];
        }

        return problems;
    }

    // A JSON body, or multipart with the JSON in payload_json and files[n] parts.
    private static async Task<(string Text, IReadOnlyList<RecordedFile> Files)> ReadAsync(MediaTypeHeaderValue? contentType, byte[] bytes)
    {
        if (contentType?.MediaType != "multipart/form-data")
        {
            return (Encoding.UTF8.GetString(bytes), []);
        }

        var boundary = contentType.Parameters.First(p => p.Name == "boundary").Value!.Trim('"');
        var reader = new MultipartReader(boundary, new MemoryStream(bytes));
        var text = "";
        var files = new List<RecordedFile>();
        while (await reader.ReadNextSectionAsync() is { } section)
        {
            var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition!);
            using var content = new MemoryStream();
            await section.Body.CopyToAsync(content);
            var name = disposition.Name?.Trim('"') ?? "";
            if (name == "payload_json")
            {
                text = Encoding.UTF8.GetString(content.ToArray());
            }
            else
            {
                files.Add(new RecordedFile(name, disposition.FileName?.Trim('"') ?? "", content.Length) { Content = content.ToArray() });
            }
        }

        return (text, files);
    }
}
