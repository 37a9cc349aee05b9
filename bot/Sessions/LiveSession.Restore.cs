using StudyBot.Commands;
using StudyBot.Quiz;

namespace StudyBot.Sessions;

// After a restart: the session is rebuilt from its rows (students, every saved answer, totals and
// streaks replayed in order) and carries on from the question it was on.
internal sealed partial class LiveSession
{
    // keep: the question whose answers to hold as the current ones even though it has closed.
    public void Load(IReadOnlyList<SessionQuestionRow> questionRows, IReadOnlyList<SessionStudentRow> studentRows, IReadOnlyList<SessionAnswerRow> answers, PoolQuestion? keep = null)
    {
        foreach (var q in questionRows.Where(q => q.Status != QuestionStatus.Waiting))
        {
            asked.Add(q.Position);
        }

        foreach (var s in studentRows)
        {
            students[s.UserId] = new SessionStudent(s.Name, s.JoinedAt) { Removed = s.RemovedAt is not null };
        }

        var open = keep ?? (row.State is SessionState.Asking or SessionState.Paused ? Current : null);
        var options = open is null ? [] : QuestionCard.Options(open.Question).ToList();
        foreach (var answer in answers)
        {
            if (!students.TryGetValue(answer.UserId, out var student))
            {
                student = new SessionStudent(answer.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture), row.CreatedAt);
                students[answer.UserId] = student;
            }

            student.Points += answer.Points;
            student.Right += answer.Correct ? 1 : 0;
            student.Answered++;
            student.Streak = answer.Streak;
            student.BestStreak = Math.Max(student.BestStreak, answer.Streak);
            if (open is not null && answer.QuestionId == open.Question.Id)
            {
                var index = options.IndexOf(answer.Answer);
                Keep(new SessionAnswer(answer.UserId, student.Name, index >= 0 ? index : null, answer.Answer, answer.Correct, answer.Taken, answer.Points));
            }
        }
    }

    // Says in the channel that the session carries on, with the controls that fit where it was.
    public Task ContinueAfterRestartAsync(CancellationToken cancellationToken) => UnderGateAsync(async () =>
    {
        Log.SessionRestored(services.Logger, Id, row.Position + 1, row.State);
        var now = services.Time.GetUtcNow();
        if (now - row.LastActivityAt >= TimeSpan.FromMinutes(services.Options.IdleMinutes))
        {
            await EndCoreAsync($"Session ended after {services.Options.IdleMinutes} minutes without activity. The teacher can get the report with /session report.");
            return;
        }

        ArmIdle();
        switch (row.State)
        {
            case SessionState.Asking when row.DeadlineAt <= now:
                await CloseQuestionAsync(row.Position, "time ran out while StudyBot was restarting");
                break;
            case SessionState.Asking or SessionState.Paused:
                if (row.State == SessionState.Asking)
                {
                    ArmDeadline(row.DeadlineAt!.Value - now);
                }

                // A fresh copy of the open question, so its buttons are on screen again.
                await services.Messenger.PostAsync(ChannelId, SessionMessages.Restarted(this), cancellationToken);
                var id = await services.Messenger.PostAsync(ChannelId, SessionMessages.Question(this), cancellationToken);
                row = row with { QuestionMessageId = id };
                services.Store.Save(row);
                break;
            default:
                await services.Messenger.PostAsync(ChannelId, SessionMessages.Restarted(this), cancellationToken);
                break;
        }
    }, cancellationToken);
}
