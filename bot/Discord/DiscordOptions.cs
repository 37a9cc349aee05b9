namespace StudyBot.Discord;

internal sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string GatewayMode = "gateway";

    public const string HttpModeName = "http";

    // Never logged, never put in an error message.
    public string Token { get; set; } = "";

    // Learnt from READY when not set; required in http mode, which has no READY.
    public string? ApplicationId { get; set; }

    // "gateway" keeps a WebSocket open to receive interactions; "http" takes them at an HTTPS
    // endpoint Discord POSTs to (the Interactions Endpoint URL set in the developer portal).
    public string Mode { get; set; } = GatewayMode;

    // The application's Ed25519 public key (64 hex digits, from the portal); http mode checks every request with it.
    public string PublicKey { get; set; } = "";

    // Where the http mode's endpoint listens; a reverse proxy in front of it terminates HTTPS.
    public string HttpListen { get; set; } = "http://0.0.0.0:8080";

    public string HttpPath { get; set; } = "/interactions";

    // Register commands to these guilds (instant) instead of globally.
    public IList<string> GuildIds { get; } = [];

    // Members with any of these roles may use teacher commands without Manage Messages.
    public IList<string> TeacherRoleIds { get; } = [];

    public string ApiBaseUrl { get; set; } = "https://discord.com/api";

    // Skips GET /gateway/bot when set; tests and proxies use it.
    public string? GatewayUrl { get; set; }

    // How long a handler may run before the interaction is deferred; Discord's hard limit is 3 s.
    public int AckBudgetMs { get; set; } = 1500;

    // Interactions from the gateway handled at once; more wait their turn, and one that waited 2 s is
    // dropped (see InteractionAdmission).
    public int InteractionsAtOnce { get; set; } = 512;

    // Runs the answer path once at start-up on a scratch database, so the first class's presses do
    // not wait for the JIT (see AnswerPathWarmUp). Tests that count every log line turn it off.
    public bool WarmUp { get; set; } = true;

    // The first reconnect waits about this long; each failed attempt doubles it, up to a minute.
    public int ReconnectDelayMs { get; set; } = 1000;

    public bool HttpMode => string.Equals(Mode, HttpModeName, StringComparison.OrdinalIgnoreCase);

    // Gateway connections across every process: a whole number, or "auto" for Discord's recommendation.
    public string ShardCount { get; set; } = "1";

    // The shards this process runs: "0,2,5", "0-3" or a mix (a JSON list works too); empty runs them all.
    public string ShardIds { get; set; } = "";

    public string ApiRoot => ApiBaseUrl.TrimEnd('/') + "/v10";
}
