using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// Keeps every request for the tests and, with FAKE_DISCORD_RECORD set, appends it to a file as one JSON line.
internal sealed class RequestRecorder(FakeDiscordOptions options)
{
    private readonly Lock fileGate = new();

    public EventLog<RecordedRequest> Requests { get; } = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) || RigWarmUp.IsWarmUp(context))
        {
            await next(context);
            return;
        }

        var at = options.Time.GetUtcNow();
        var body = await RequestBody.ReadAsync(context);
        await next(context);
        var path = context.Request.Path.Value ?? "";
        var keep = options.KeepInteractionRequests || !IsInteraction(path);
        if (!keep && string.IsNullOrEmpty(options.RecordFile))
        {
            // A load run's callbacks: neither kept nor written, so not copied into a record either.
            return;
        }

        var headers = context.Request.Headers
            .Where(h => !h.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, headers, body.Text, body.Files, context.Response.StatusCode, at);
        Append(request);
        if (keep)
        {
            Requests.Add(request);
        }
    }

    private static bool IsInteraction(string path) =>
        path.Contains("/interactions/", StringComparison.Ordinal) || path.Contains("/webhooks/", StringComparison.Ordinal);

    private void Append(RecordedRequest request)
    {
        if (string.IsNullOrEmpty(options.RecordFile))
        {
            return;
        }

        lock (fileGate)
        {
            File.AppendAllText(options.RecordFile, request.ToJson().ToJsonString() + "\n");
        }
    }
}
