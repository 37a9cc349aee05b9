using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FakeDiscord;

// Response helpers shaped like Discord's: JSON bodies, error objects, rate-limit headers.
internal static class Http
{
    public static async Task JsonAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public static Task ErrorAsync(HttpContext context, int status, int code, string message, JsonObject? errors = null)
    {
        var body = new JsonObject { ["code"] = code, ["message"] = message };
        if (errors is not null)
        {
            body["errors"] = errors;
        }

        return JsonAsync(context, status, body);
    }

    public static Task InvalidFormAsync(HttpContext context, IReadOnlyList<string> problems)
    {
        // Discord nests errors by field path; a flat "_errors" list keeps the messages readable in test failures.
        var errors = new JsonObject
        {
            ["_errors"] = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject { ["code"] = "BASE_TYPE_INVALID", ["message"] = p })]),
        };
        return ErrorAsync(context, 400, 50035, "Invalid Form Body", errors);
    }

    public static void RateLimitHeaders(HttpContext context, string bucket, TimeProvider time)
    {
        var headers = context.Response.Headers;
        var reset = time.GetUtcNow().AddSeconds(1).ToUnixTimeMilliseconds() / 1000.0;
        headers["X-RateLimit-Limit"] = "5";
        headers["X-RateLimit-Remaining"] = "4";
        headers["X-RateLimit-Reset"] = reset.ToString("0.000", CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset-After"] = "1.000";
        headers["X-RateLimit-Bucket"] = bucket;
    }

    public static Task ScriptedAsync(HttpContext context, ScriptedFailure failure)
    {
        if (failure.Status != 429)
        {
            return ErrorAsync(context, failure.Status, 0, $"{failure.Status}: scripted server error");
        }

        var seconds = failure.RetryAfterSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        context.Response.Headers["Retry-After"] = Math.Ceiling(failure.RetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Scope"] = failure.Global ? "global" : "user";
        context.Response.Headers["X-RateLimit-Remaining"] = "0";
        context.Response.Headers["X-RateLimit-Reset-After"] = seconds;
        if (failure.Global)
        {
            context.Response.Headers["X-RateLimit-Global"] = "true";
        }

        return JsonAsync(context, 429, new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = failure.RetryAfterSeconds,
            ["global"] = failure.Global,
        });
    }
}
