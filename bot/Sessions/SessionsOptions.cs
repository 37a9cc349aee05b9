namespace StudyBot.Sessions;

internal sealed class SessionsOptions
{
    public const string Section = "Sessions";

    // A session with no join, answer or teacher action for this long ends itself; its report is kept.
    public int IdleMinutes { get; set; } = 30;

    // The least time between two edits of a live count (lobby joins, answers so far). Discord allows
    // about five edits of a channel's messages in five seconds; two seconds leaves room for the rest.
    public int LiveCountEditSeconds { get; set; } = 2;
}
