namespace StudyBot.Discord.Rest;

// Route names the rate-limit route (method + path template); Major is the top-level id Discord keys limits on.
// Interaction routes are authorised by the token in their path and sit outside the global limit.
internal sealed record DiscordRequest(HttpMethod Method, string Path, string Route, string Major, Func<HttpContent>? Body = null)
{
    public bool Interaction { get; init; }

    // Safe to send again after a 5xx: Discord cannot have acted on it twice.
    public bool Idempotent => Method == HttpMethod.Get || Method == HttpMethod.Put || Method == HttpMethod.Patch || Method == HttpMethod.Delete;
}
