using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Json;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Http;

// Discord's POST of one interaction: verified before anything of it is read, PING answered with PONG,
// everything else handed to the same responder as the gateway's. The handler's reply goes back in
// this response when it is ready within the acknowledgement budget, else a deferral does, and the
// reply edits it later through the webhook routes.
internal sealed class HttpInteractionEndpoint(
    InteractionResponder responder,
    SignatureVerifier verifier,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<HttpInteractionEndpoint> logger)
{
    // Interactions are a few kilobytes; the cap keeps an unsigned flood from filling memory.
    public const int MaxBodyBytes = 1 << 20;

    private static readonly byte[] Pong = """{"type":1}"""u8.ToArray();

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        if (!string.Equals(request.Path.Value, options.Value.HttpPath, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "POST";
            return;
        }

        var body = await ReadBodyAsync(request, context.RequestAborted);
        if (body is null)
        {
            Log.HttpTooLarge(logger, MaxBodyBytes);
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (verifier.Check(request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], body) is { } refusal)
        {
            Log.HttpRefused(logger, refusal);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        await AnswerAsync(context, body, stopping);
    }

    private async Task AnswerAsync(HttpContext context, byte[] body, CancellationToken stopping)
    {
        JsonElement interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJson.Default.JsonElement);
        }
        catch (JsonException exception)
        {
            Log.MalformedInteraction(logger, exception.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (interaction.ValueKind == JsonValueKind.Object && interaction.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetRawText() == "1")
        {
            using var pong = new ByteArrayContent(Pong) { Headers = { ContentType = new("application/json") } };
            await WriteAsync(context, pong);
            return;
        }

        var receivedAt = time.GetUtcNow();
        var initial = new TaskCompletionSource<HttpContent>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        InitialResponse respond = async (callback, files, cancellationToken) =>
        {
            initial.TrySetResult(DiscordContent.Create(callback, DiscordJson.Default.InteractionCallback, files));
            await sent.Task.WaitAsync(cancellationToken);
        };

        // The handling outlives this request when it defers: its reply edits the deferral afterwards.
        var handling = Task.Run(() => responder.HandleAsync(interaction, receivedAt, respond, stopping), stopping);
        if (await Task.WhenAny(initial.Task, handling) == initial.Task)
        {
            using var content = await initial.Task;
            try
            {
                await WriteAsync(context, content);
                await context.Response.CompleteAsync();
                sent.TrySetResult();
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException)
            {
                sent.TrySetException(exception);
            }

            return;
        }

        context.Response.StatusCode = await handling switch
        {
            InteractionOutcome.Duplicate => StatusCodes.Status409Conflict,
            InteractionOutcome.Malformed or InteractionOutcome.Unsupported => StatusCodes.Status400BadRequest,
            _ => StatusCodes.Status500InternalServerError,
        };
    }

    private static async Task WriteAsync(HttpContext context, HttpContent content)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = content.Headers.ContentType?.ToString();
        context.Response.ContentLength = content.Headers.ContentLength;
        await content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    // Null when the body is over the cap.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
