namespace StudyBot.Discord.Gateway;

internal enum Next
{
    // Reconnect to resume_gateway_url and RESUME the session (or identify if there is none).
    Resume,

    // The session is gone: reconnect and IDENTIFY anew.
    Identify,

    // Retrying cannot help; stop the bot and say why.
    Stop,
}

// Discord's gateway close codes and what each one asks of the client.
internal static class CloseCodes
{
    public static Next NextStep(int? code) => code switch
    {
        4004 or (>= 4010 and <= 4014) => Next.Stop,
        4007 or 4009 => Next.Identify,
        _ => Next.Resume,
    };

    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: Discord rejected the bot token (check Discord:Token)",
        4010 => "invalid shard: Discord refused the shard this connection identified as (check Discord:ShardCount and Discord:ShardIds)",
        4011 => "sharding required: the bot is in too many guilds for its connections (set Discord:ShardCount, for example to auto)",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: enable them in the developer portal or stop asking for them",
        _ => "close code " + code.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

internal sealed class GatewayFatalException(int code) : Exception(CloseCodes.Describe(code))
{
    public int Code => code;
}
