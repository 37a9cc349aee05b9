using StudyBot.Commands;

namespace StudyBot.Sessions;

// What else a teacher can do mid-lesson: pause and resume the clock, skip a question, remove a student.
internal sealed partial class LiveSession
{
    // Positions asked or skipped; the rest are still to come.
    private readonly HashSet<int> asked = [];

    public Task<Reply> PauseAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        if (row.State != SessionState.Asking)
        {
            return Reply.Problem(row.State == SessionState.Paused
                ? "The question is already paused. Resume it with Resume or /session resume."
                : "No question is open, so there is no clock to stop: nothing happens until you press Next.");
        }

        deadline?.Dispose();
        var left = row.DeadlineAt!.Value - services.Time.GetUtcNow();
        row = row with { State = SessionState.Paused, PausedLeft = left < TimeSpan.Zero ? TimeSpan.Zero : left };
        Touch();
        await EditQuestionAsync();
        return Reply.Problem("Paused. Answers wait until you resume.");
    }, cancellationToken);

    // The clock carries on with the time that was left (at least five seconds); time taken by an
    // answer does not count the pause.
    public Task<Reply> ResumeAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        if (row.State != SessionState.Paused)
        {
            return Reply.Problem("Nothing is paused.");
        }

        var left = row.PausedLeft is { } l && l > MinimumLeft ? l : MinimumLeft;
        var now = services.Time.GetUtcNow();
        row = row with { State = SessionState.Asking, DeadlineAt = now + left, OpenedAt = now + left - row.Settings.PerQuestion, PausedLeft = null };
        Touch();
        ArmDeadline(left);
        await EditQuestionAsync();
        return Reply.Problem("Resumed.");
    }, cancellationToken);

    // An open question is closed without a reveal and the next one is asked; otherwise the next
    // question to come is dropped. Answers already given stay, with their points.
    public Task<Reply> SkipAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        switch (row.State)
        {
            case SessionState.Ended:
                return Reply.Problem("That session has ended.");
            case SessionState.Asking or SessionState.Paused:
                deadline?.Dispose();
                row = row with { State = SessionState.Revealed, PausedLeft = null };
                Touch();
                services.Store.SetQuestionStatus(Id, row.Position, QuestionStatus.Skipped);
                if (row.QuestionMessageId is { } message)
                {
                    await services.Messenger.EditAsync(ChannelId, message, SessionMessages.Closed(this, "skipped by the teacher"), CancellationToken.None);
                }

                var skipped = row.Position;
                var next = NextWaiting(skipped + 1);
                if (next < 0)
                {
                    return await FinishAsync("Session complete!");
                }

                await AskAsync(next, cancellationToken);
                return Reply.Problem($"Skipped question {skipped + 1}; question {next + 1} of {Total} is up.");
            default:
                var coming = NextWaiting(row.Position + 1);
                if (coming < 0)
                {
                    return Reply.Problem("No questions are left to skip. Press Next to finish, or /session end.");
                }

                asked.Add(coming);
                Touch();
                services.Store.SetQuestionStatus(Id, coming, QuestionStatus.Skipped);
                return Reply.Problem($"Question {coming + 1} will not be asked.");
        }
    }, cancellationToken);

    public Task<Reply> RemoveAsync(ulong userId, CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        if (row.State == SessionState.Ended)
        {
            return Reply.Problem("That session has ended.");
        }

        if (!students.TryGetValue(userId, out var student))
        {
            return Reply.Problem("That person has not joined this session.");
        }

        if (student.Removed)
        {
            return Reply.Problem($"{Markdown.Fit(student.Name, 40)} is already removed.");
        }

        student.Removed = true;
        services.Store.Remove(Id, userId, services.Time.GetUtcNow());
        Active();
        if (services.Shared)
        {
            Refresh();
        }

        lobbyEdits.Request();
        if (row.State == SessionState.Asking && EveryoneAnswered())
        {
            await CloseQuestionAsync(row.Position, "everyone has answered");
        }

        return Reply.Problem($"Removed {Markdown.Fit(student.Name, 40)}. Their answers so far stay in the report, marked removed.");
    }, cancellationToken);

    private static readonly TimeSpan MinimumLeft = TimeSpan.FromSeconds(5);
}
