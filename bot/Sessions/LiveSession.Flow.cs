using StudyBot.Commands;
using StudyBot.Quiz;

namespace StudyBot.Sessions;

// The teacher's pace: open the lobby, ask, close, reveal, end. Each step runs under the gate and
// saves the session before anything is shown.
internal sealed partial class LiveSession
{
    public Task OpenLobbyAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        var id = await services.Messenger.PostAsync(ChannelId, SessionMessages.Lobby(this), cancellationToken);
        row = row with { LobbyMessageId = id };
        Touch();
    }, cancellationToken);

    // from: the position the pressed Next button was shown for, so a double press asks once.
    public Task<Reply> NextAsync(int? from, CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        if (from is { } expected && (expected != row.Position || row.State is not (SessionState.Lobby or SessionState.Revealed)))
        {
            return Reply.Problem("The session has already moved on from there.");
        }

        switch (row.State)
        {
            case SessionState.Ended:
                return Reply.Problem("That session has ended.");
            case SessionState.Asking or SessionState.Paused:
                return Reply.Problem("A question is still open. Close it first (Close question, or /session close), or wait for the countdown.");
        }

        var next = NextWaiting(row.Position + 1);
        if (next < 0)
        {
            return await FinishAsync("Session complete!");
        }

        await AskAsync(next, cancellationToken);
        return Reply.Problem($"Question {next + 1} of {Total} is up.");
    }, cancellationToken);

    public Task<Reply> CloseAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        if (row.State is not (SessionState.Asking or SessionState.Paused))
        {
            return Reply.Problem("No question is open. Press Next to ask the next one.");
        }

        await CloseQuestionAsync(row.Position, "closed by the teacher");
        return Reply.Problem("Closed. The answers are shown in the channel; press Next when the class is ready.");
    }, cancellationToken);

    // The teacher ends the session: an open question is closed and revealed first, then the podium.
    public Task<Reply> EndAsync(string teacher, CancellationToken cancellationToken) => UnderGateAsync(() =>
        row.State == SessionState.Ended
            ? Task.FromResult(Reply.Problem("That session has already ended. /session report gets its report again."))
            : FinishAsync($"Session ended by {teacher}"), cancellationToken);

    private async Task<Reply> FinishAsync(string reason)
    {
        if (row.State is SessionState.Asking or SessionState.Paused)
        {
            await CloseQuestionAsync(row.Position, "the session ended");
        }

        await EndCoreAsync(reason);
        return new Reply
        {
            Text = "The session is over and the podium is in the channel. Here is your report: a row per student per question, then each student's totals. /session report gets it again.",
            Ephemeral = true,
            Files = [SessionReport.File(Id, services.Store.Report(Id), Prompt)],
        };
    }

    private string? Prompt(string packId, string questionId) =>
        questions.FirstOrDefault(q => q.Pack.Id == packId && q.Question.Id == questionId)?.Question.Prompt;

    private async Task AskAsync(int position, CancellationToken cancellationToken)
    {
        var item = questions[position];
        var now = services.Time.GetUtcNow();
        var fromLobby = row.State == SessionState.Lobby;
        current.Clear();
        answered.Clear();
        asked.Add(position);
        row = row with
        {
            State = SessionState.Asking,
            Position = position,
            Order = QuestionCard.Order(item.Question, Random.Shared),
            OpenedAt = now,
            DeadlineAt = now + row.Settings.PerQuestion,
            PausedLeft = null,
            QuestionMessageId = null,
        };
        Touch();
        services.Store.SetQuestionStatus(Id, position, QuestionStatus.Asked);
        ArmDeadline(row.Settings.PerQuestion);
        var id = await services.Messenger.PostAsync(ChannelId, SessionMessages.Question(this), cancellationToken);
        row = row with { QuestionMessageId = id };
        SaveQuestionMessage();
        if (fromLobby)
        {
            lobbyEdits.Request();
        }
    }

    private void ArmDeadline(TimeSpan after)
    {
        deadline?.Dispose();
        var position = row.Position;
        deadline = services.Time.CreateTimer(
            _ => _ = UnderGateAsync("closing a question at its deadline", () => CloseQuestionAsync(position, "time is up")),
            null,
            after < TimeSpan.Zero ? TimeSpan.Zero : after,
            Timeout.InfiniteTimeSpan);
    }

    // Called with the gate held. Does nothing when that question is no longer the open one.
    private async Task CloseQuestionAsync(int position, string why)
    {
        if (position != row.Position || row.State is not (SessionState.Asking or SessionState.Paused))
        {
            return;
        }

        deadline?.Dispose();
        var last = NextWaiting(row.Position + 1) < 0;
        row = row with { State = SessionState.Revealed, PausedLeft = null };
        Touch();
        if (services.Shared)
        {
            // This instance won the close: the reveal counts every answer committed before it, wherever taken.
            Refresh(keepCurrent: true);
        }

        if (row.QuestionMessageId is { } message)
        {
            await services.Messenger.EditAsync(ChannelId, message, SessionMessages.Closed(this, why), CancellationToken.None);
        }

        await services.Messenger.PostAsync(ChannelId, SessionMessages.Reveal(this, last), CancellationToken.None);
    }

    private async Task EndCoreAsync(string reason)
    {
        deadline?.Dispose();
        idle?.Dispose();
        var now = services.Time.GetUtcNow();
        row = row with { State = SessionState.Ended, EndedAt = now, EndReason = reason, LastActivityAt = now };
        Commit();
        Log.SessionEnded(services.Logger, Id, reason);
        ended(this);
        await EditLobbyAsync();
        await services.Messenger.PostAsync(ChannelId, SessionMessages.Podium(this, reason), CancellationToken.None);
    }

    private async Task EditLobbyAsync()
    {
        if (row.LobbyMessageId is { } message)
        {
            await services.Messenger.EditAsync(ChannelId, message, SessionMessages.Lobby(this), CancellationToken.None);
        }
    }

    private async Task EditQuestionAsync()
    {
        if (row.State is SessionState.Asking or SessionState.Paused && row.QuestionMessageId is { } message)
        {
            await services.Messenger.EditAsync(ChannelId, message, SessionMessages.Question(this), CancellationToken.None);
        }
    }

    // The first question at or after from that has not been asked or skipped; -1 when none is left.
    private int NextWaiting(int from)
    {
        for (var i = Math.Max(0, from); i < questions.Count; i++)
        {
            if (!asked.Contains(i))
            {
                return i;
            }
        }

        return -1;
    }
}
