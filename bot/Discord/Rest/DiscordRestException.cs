using System.Net;
using System.Text.Json;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Rest;

// Discord refused a request. Carries its JSON error code (10062, 40060, 50035…) and message; never the token.
internal sealed class DiscordRestException(HttpStatusCode status, int code, string message, string route)
    : Exception($"Discord answered {(int)status} on {route}: {code} {message}")
{
    public HttpStatusCode Status => status;

    public int Code => code;

    public string DiscordMessage => message;

    public static DiscordRestException From(HttpStatusCode status, string body, string route)
    {
        try
        {
            if (JsonSerializer.Deserialize(body, DiscordJson.Default.DiscordErrorBody) is { } error)
            {
                return new DiscordRestException(status, error.Code, error.Message ?? "", route);
            }
        }
        catch (JsonException)
        {
            // Not Discord's JSON (a proxy's HTML page): keep the status alone.
        }

        return new DiscordRestException(status, 0, status.ToString(), route);
    }
}
