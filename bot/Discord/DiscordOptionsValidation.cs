using Microsoft.Extensions.Options;
using StudyBot.Discord.Gateway;

namespace StudyBot.Discord;

// Each failure names its key, so start-up stops with a sentence an admin can act on.
internal sealed class DiscordOptionsValidation : IValidateOptions<DiscordOptions>
{
    public ValidateOptionsResult Validate(string? name, DiscordOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) || options.Token.Any(char.IsWhiteSpace))
        {
            failures.Add("Discord:Token must be the bot token from the Discord developer portal (no spaces).");
        }

        if (options.ApplicationId is { Length: > 0 } app && !ulong.TryParse(app, out _))
        {
            failures.Add("Discord:ApplicationId must be a numeric snowflake id.");
        }

        if (options.GuildIds.Any(g => !ulong.TryParse(g, out _)))
        {
            failures.Add("Discord:GuildIds must hold numeric guild ids.");
        }

        if (options.TeacherRoleIds.Any(r => !ulong.TryParse(r, out _)))
        {
            failures.Add("Discord:TeacherRoleIds must hold numeric role ids.");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) || api.Scheme is not ("http" or "https"))
        {
            failures.Add("Discord:ApiBaseUrl must be an http(s) URL such as https://discord.com/api.");
        }

        if (options.GatewayUrl is { Length: > 0 } gateway && (!Uri.TryCreate(gateway, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss")))
        {
            failures.Add("Discord:GatewayUrl must be a ws(s) URL when set.");
        }

        if (options.AckBudgetMs is < 100 or > 2500)
        {
            failures.Add("Discord:AckBudgetMs must be between 100 and 2500 (Discord allows 3000).");
        }

        if (options.InteractionsAtOnce is < 1 or > 100_000)
        {
            failures.Add("Discord:InteractionsAtOnce must be between 1 and 100000.");
        }

        if (options.ReconnectDelayMs is < 1 or > 60_000)
        {
            failures.Add("Discord:ReconnectDelayMs must be between 1 and 60000.");
        }

        failures.AddRange(HttpModeFailures(options));

        if (!ShardSettings.TryParseCount(options.ShardCount, out var shardCount))
        {
            failures.Add($"Discord:ShardCount must be a whole number from 1 to {ShardSettings.MaxShards}, or auto.");
        }

        if (ShardSettings.TryParseIds(options.ShardIds, out var shardIds) is { } idsProblem)
        {
            failures.Add(idsProblem);
        }
        else if (shardCount is { } count && ShardSettings.CheckAgainstCount(shardIds, count) is { } countProblem)
        {
            // With auto the count is known only after GET /gateway/bot; the gateway checks it then.
            failures.Add(countProblem);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> HttpModeFailures(DiscordOptions options)
    {
        if (!options.HttpMode && !string.Equals(options.Mode, DiscordOptions.GatewayMode, StringComparison.OrdinalIgnoreCase))
        {
            yield return "Discord:Mode must be gateway or http.";
        }

        if (!options.HttpMode)
        {
            yield break;
        }

        if (!Http.SignatureVerifier.TryParsePublicKey(options.PublicKey, out _))
        {
            yield return "Discord:PublicKey must be the application's public key from the Discord developer portal (64 hex digits) when Discord:Mode is http.";
        }

        if (string.IsNullOrEmpty(options.ApplicationId))
        {
            yield return "Discord:ApplicationId must be set when Discord:Mode is http (no gateway READY tells it).";
        }

        if (!Uri.TryCreate(options.HttpListen, UriKind.Absolute, out var listen) || listen.Scheme != "http" || listen.AbsolutePath != "/")
        {
            yield return "Discord:HttpListen must be a plain http address such as http://0.0.0.0:8080 (HTTPS belongs to the reverse proxy in front).";
        }

        if (!options.HttpPath.StartsWith('/') || options.HttpPath.Any(c => char.IsWhiteSpace(c) || c is '?' or '#'))
        {
            yield return "Discord:HttpPath must be a path starting with / such as /interactions.";
        }
    }
}
