namespace StudyBot.Sessions;

// Thrown when another instance saved a step of the session first: nothing of this step was shown.
internal sealed class SessionMovedException() : Exception("The session moved on on another instance.");

// http mode, where several instances run one session: the stored session is the truth, and this
// copy is rebuilt from it under the gate before every step. Each step is saved as a
// compare-and-set on the stored version before anything is shown, so only one instance shows it.
internal sealed partial class LiveSession
{
    private int version;

    // For lookups before a press is handled, so its checks see where the session is now.
    public Task RefreshAsync(CancellationToken cancellationToken) => UnderGateAsync(() => Task.CompletedTask, cancellationToken);

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
