using StudyBot.Scores;

namespace StudyBot.Sessions;

// Thrown when another instance saved a step of the session first: nothing of this step was shown.
internal sealed class SessionMovedException() : Exception("The session moved on on another instance.");

// http mode, where several instances run one session: the stored session is the truth, and this
// copy is rebuilt from it under the gate before every step. Each step is saved as a
// compare-and-set on the stored version before anything is shown, so only one instance shows it.
internal sealed partial class LiveSession
{
    // -1 until first read, so a session loaded here is rebuilt before it is used.
    private int version = -1;

    // For lookups before a press is handled, so its checks see where the session is now: every
    // step bumps the version, so an unchanged one means the state and position here are current
    // (the step itself rebuilds everything, answers and joins included).
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (services.Shared && services.Sync.Version(Id) != version)
            {
                Refresh();
            }
        }
        finally
        {
            gate.Release();
        }
    }

    // The sweeper's: a deadline no instance's timer closed (the one that asked it may be gone).
    public Task CloseDueAsync(int position) =>
        UnderGateAsync("closing a question at its deadline", () => CloseQuestionAsync(position, "time is up"));

    public Task EndIfIdleAsync() => UnderGateAsync("ending an idle session", IdleAsync);

    // keepCurrent: the question has just closed here, and its reveal needs its answers.
    private void Refresh(bool keepCurrent = false)
    {
        if (services.Sync.Version(Id) is not { } stored || services.Store.Find(Id) is not { } fresh)
        {
            return;
        }

        version = stored;
        row = fresh;
        asked.Clear();
        students.Clear();
        current.Clear();
        answered.Clear();
        Load(services.Store.Questions(Id), services.Store.Students(Id), services.Store.Answers(Id), keepCurrent ? Current : null);
        if (row.State == SessionState.Ended)
        {
            deadline?.Dispose();
            idle?.Dispose();
            ended(this);
        }
    }

    // Null when the question closed first (http mode, where another instance may have closed it).
    private bool? Record(AnswerRecord record)
    {
        if (!services.Shared)
        {
            return services.Recorder.Record(record);
        }

        var stored = services.Sync.TryAnswer(record, row.Position);
        if (stored == true)
        {
            services.Recorder.FollowUp(record);
        }

        return stored;
    }

    // Activity that is not a step (a join, a removal): in http mode it must not overwrite the row,
    // which another instance may be moving on at the same moment.
    private void Active()
    {
        if (!services.Shared)
        {
            Touch();
            return;
        }

        row = row with { LastActivityAt = services.Time.GetUtcNow() };
        services.Sync.Active(Id, row.LastActivityAt);
        ArmIdle();
    }

    private void Commit()
    {
        if (!services.Shared)
        {
            services.Store.Save(row);
            return;
        }

        if (!services.Sync.TrySave(row, version))
        {
            throw new SessionMovedException();
        }

        version++;
    }

    private void SaveQuestionMessage()
    {
        if (services.Shared)
        {
            services.Sync.SetQuestionMessage(Id, row.Position, row.QuestionMessageId!);
        }
        else
        {
            services.Store.Save(row);
        }
    }
}
