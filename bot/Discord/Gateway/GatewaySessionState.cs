namespace StudyBot.Discord.Gateway;

// One shard's connection state that survives a reconnect: the session to resume and the last sequence seen.
internal sealed class GatewaySessionState(int shardId, int shardCount)
{
    private int sequence = -1;

    public int ShardId => shardId;

    public int ShardCount => shardCount;

    // "1/4" in log lines: shard 1 of 4.
    public string Shard { get; } = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{shardId}/{shardCount}");

    public string? SessionId { get; set; }

    public string? ResumeUrl { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public int? Sequence
    {
        get
        {
            var value = Volatile.Read(ref sequence);
            return value < 0 ? null : value;
        }

        set => Volatile.Write(ref sequence, value ?? -1);
    }

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
