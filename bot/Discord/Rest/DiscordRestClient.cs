using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Rest;

// Sends one request to Discord's REST API: authorises it, keeps to the rate limits, retries 429s and
// (for requests safe to repeat) 5xx, and turns any other failure into a DiscordRestException.
internal sealed class DiscordRestClient(
    IHttpClientFactory factory,
    IOptions<DiscordOptions> options,
    RestRateLimiter limiter,
    TimeProvider time,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    // Connections to Discord at once; a burst queues for them rather than opening a socket per request.
    public const int MaxConnections = 128;
    private const int MaxAttempts = 5;

    public async Task<string> SendAsync(DiscordRequest request, CancellationToken cancellationToken)
    {
        var client = factory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            HttpStatusCode status;
            string body;
            using (await limiter.AcquireAsync(request, cancellationToken))
            {
                using var message = new HttpRequestMessage(request.Method, options.Value.ApiRoot + request.Path) { Content = request.Body?.Invoke() };
                if (!request.Interaction)
                {
                    message.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
                }

                using var response = await client.SendAsync(message, cancellationToken);
                limiter.Observe(request, response.Headers);
                status = response.StatusCode;
                body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                if (status == HttpStatusCode.TooManyRequests && RetryAfter(body) is { } limited)
                {
                    limiter.Limited(request, limited.RetryAfter, limited.Global);
                    Log.RateLimited(logger, request.Route, limited.RetryAfter, limited.Global);
                }
            }

            if (attempt >= MaxAttempts || !ShouldRetry(request, status))
            {
                throw DiscordRestException.From(status, body, request.Route);
            }

            if ((int)status >= 500)
            {
                var backoff = TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1));
                Log.ServerErrorRetry(logger, request.Route, (int)status, backoff.TotalMilliseconds);
                await Task.Delay(backoff, time, cancellationToken);
            }
        }
    }

    public async Task<T> SendAsync<T>(DiscordRequest request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var body = await SendAsync(request, cancellationToken);
        return JsonSerializer.Deserialize(body, type) ?? throw new JsonException($"Discord sent an empty answer on {request.Route}");
    }

    private static bool ShouldRetry(DiscordRequest request, HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || ((int)status >= 500 && request.Idempotent);

    private static RateLimitedBody? RetryAfter(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, DiscordJson.Default.RateLimitedBody);
        }
        catch (JsonException)
        {
            // A 429 from the edge without Discord's body: treat as one second on this bucket.
            return new RateLimitedBody(1, false, null);
        }
    }
}
