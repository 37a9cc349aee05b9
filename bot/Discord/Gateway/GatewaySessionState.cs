namespace StudyBot.Discord.Gateway;

// What survives a reconnect: the session to resume and the last sequence number seen.
internal sealed class GatewaySessionState
{
    private int sequence = -1;

    public string? SessionId { get; set; }

    public string? ResumeUrl { get; set; }

    public string? ApplicationId { get; set; }

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
