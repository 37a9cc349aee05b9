using Microsoft.Extensions.Logging;
using StudyBot.Commands;
using StudyBot.Quiz;
using StudyBot.Quiz.Matching;
using StudyBot.Scores;

namespace StudyBot.Sessions;

// Shared: http mode, where other instances act on the same sessions through Sync.
internal sealed record SessionServices(
    IChannelMessenger Messenger, AnswerRecorder Recorder, SessionStore Store, TimeProvider Time, SessionsOptions Options, ILogger Logger,
    SessionSync Sync, bool Shared);

// One teacher-run session in one channel: a state machine whose every step is saved before it is
// shown, so a restarted bot carries on from the same question. One gate serialises presses,
// timers and teacher actions; timers only ever queue work through it.
internal sealed partial class LiveSession : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<ulong, SessionStudent> students = [];
    private readonly List<SessionAnswer> current = [];

    // Who has answered the open question, beside current: looked up on every answer, so a set
    // keeps a class-sized burst linear rather than scanning current per answer and per student.
    private readonly HashSet<ulong> answered = [];
    private readonly IReadOnlyList<PoolQuestion> questions;
    private readonly SessionServices services;
    private readonly Action<LiveSession> ended;
    private readonly EditThrottle lobbyEdits;
    private readonly EditThrottle countEdits;
    private SessionRow row;
    private ITimer? deadline;
    private ITimer? idle;

    public LiveSession(SessionRow row, IReadOnlyList<PoolQuestion> questions, SessionServices services, Action<LiveSession> ended)
    {
        this.row = row;
        this.questions = questions;
        this.services = services;
        this.ended = ended;
        var gap = TimeSpan.FromSeconds(services.Options.LiveCountEditSeconds);
        lobbyEdits = new EditThrottle(services.Time, gap, () => UnderGateAsync("updating the lobby", EditLobbyAsync));
        countEdits = new EditThrottle(services.Time, gap, () => UnderGateAsync("updating the answer count", EditQuestionAsync));
    }

    public string Id => row.Id;

    public ulong ChannelId => row.ChannelId;

    public ulong TeacherId => row.TeacherId;

    public SessionState State => row.State;

    public int Position => row.Position;

    public int Total => questions.Count;

    public SessionRow Row => row;

    public PoolQuestion? Current => row.Position >= 0 && row.Position < questions.Count ? questions[row.Position] : null;

    public IReadOnlyDictionary<ulong, SessionStudent> Students => students;

    public IReadOnlyList<SessionAnswer> CurrentAnswers => current;

    // Students who can still answer: joined and not removed.
    public int Players => students.Values.Count(s => !s.Removed);

    // Only at host shutdown: nothing waits on the gate any more. The stored state stays as it is,
    // so the next start carries on from here.
    public void Dispose()
    {
        deadline?.Dispose();
        idle?.Dispose();
        lobbyEdits.Dispose();
        countEdits.Dispose();
        gate.Dispose();
    }

    public Task<Reply> JoinAsync(Actor user, CancellationToken cancellationToken) => UnderGateAsync(() =>
    {
        if (row.State == SessionState.Ended)
        {
            return Task.FromResult(Reply.Problem("That session has ended."));
        }

        if (students.TryGetValue(user.UserId, out var known))
        {
            return Task.FromResult(Reply.Problem(known.Removed
                ? "The teacher removed you from this session."
                : "You are already in this session. Answer each question when it appears."));
        }

        Enrol(user);
        Active();
        return Task.FromResult(Reply.Problem(row.State == SessionState.Lobby
            ? "You are in! Wait for the teacher to start; the questions appear in this channel."
            : "You are in! Answer the open question, or wait for the next one."));
    }, cancellationToken);

    // option is in the pack's order; text is the pressed label or what was typed.
    public async Task<Reply> AnswerAsync(Origin origin, int position, int? option, string text, CancellationToken cancellationToken)
    {
        var closeNow = false;
        var reply = await UnderGateAsync(() =>
        {
            if (row.State == SessionState.Ended)
            {
                return Task.FromResult(Reply.Problem("That session has ended."));
            }

            if (position != row.Position || row.State is not (SessionState.Asking or SessionState.Paused))
            {
                return Task.FromResult(Reply.Problem("That question has closed."));
            }

            if (row.State == SessionState.Paused)
            {
                return Task.FromResult(Reply.Problem("The teacher has paused the question. Answer when it carries on."));
            }

            if (students.GetValueOrDefault(origin.User.UserId) is { Removed: true })
            {
                return Task.FromResult(Reply.Problem("The teacher removed you from this session."));
            }

            if (answered.Contains(origin.User.UserId))
            {
                return Task.FromResult(Reply.Problem("You have already answered this question; your first answer counts."));
            }

            // A late arrival answers without pressing Join first.
            var student = students.GetValueOrDefault(origin.User.UserId) ?? Enrol(origin.User);
            var item = Current!;
            var picked = option ?? QuestionCard.TypedOption(item.Question, row.Order, text);
            option = picked >= 0 ? picked : null;
            var correct = picked switch
            {
                >= 0 => picked == QuestionCard.CorrectOption(item.Question),
                -1 => false,
                _ => AnswerMatcher.IsCorrect(item.Question, text),
            };
            var streak = correct ? student.Streak + 1 : 0;
            var taken = origin.ReceivedAt - row.OpenedAt!.Value;
            taken = taken < TimeSpan.Zero ? TimeSpan.Zero : taken;
            var points = Scoring.Points(correct, taken, row.Settings.PerQuestion, streak, row.Settings.Scoring);
            var shown = option is { } chosen ? QuestionCard.Options(item.Question)[chosen] : text;
            var record = new AnswerRecord(Id, AnswerKind.Quiz, row.GuildId, ChannelId, origin.User.UserId, origin.User.DisplayName,
                item.Pack.Id, item.Question.Id, shown, correct, taken, points, streak, origin.ReceivedAt);
            if (Record(record) is not { } stored)
            {
                return Task.FromResult(Reply.Problem("That question has closed."));
            }

            if (!stored)
            {
                return Task.FromResult(Reply.Problem("You have already answered this question; your first answer counts."));
            }

            student.Name = origin.User.DisplayName;
            student.Streak = streak;
            student.BestStreak = Math.Max(student.BestStreak, streak);
            student.Points += points;
            student.Right += correct ? 1 : 0;
            student.Answered++;
            Keep(new SessionAnswer(origin.User.UserId, origin.User.DisplayName, option, record.StoredText, correct, taken, points));
            Touch(save: false);

            // In http mode answers taken by other instances count too, so the database is asked.
            closeNow = services.Shared ? services.Sync.Unanswered(Id, item.Question.Id) == 0 : EveryoneAnswered();
            if (!closeNow)
            {
                countEdits.Request();
            }

            var label = option is { } c ? SessionMessages.OptionLabel(item.Question, row.Order, c) : record.StoredText;
            return Task.FromResult(Reply.Problem($"Answer saved: {Quiz.Practice.PracticeHandler.Quoted(label)}. The answer is shown when the question closes."));
        }, cancellationToken);

        // The row is committed before this acknowledgement; the close follows it deterministically.
        if (closeNow)
        {
            await UnderGateAsync(() => CloseQuestionAsync(position, "everyone has answered"), CancellationToken.None);
        }

        return reply;
    }

    private SessionStudent Enrol(Actor user)
    {
        var at = services.Time.GetUtcNow();
        services.Store.Join(Id, user.UserId, user.DisplayName, at);
        var student = new SessionStudent(user.DisplayName, at);
        students[user.UserId] = student;
        lobbyEdits.Request();
        return student;
    }

    private void Keep(SessionAnswer answer)
    {
        current.Add(answer);
        answered.Add(answer.UserId);
    }

    private bool EveryoneAnswered() =>
        Players > 0 && students.All(s => s.Value.Removed || answered.Contains(s.Key));

    // Saves a step of the session (and counts as activity).
    private void Touch(bool save = true)
    {
        row = row with { LastActivityAt = services.Time.GetUtcNow() };
        if (save)
        {
            Commit();
        }

        ArmIdle();
    }

    private void ArmIdle()
    {
        idle?.Dispose();
        var limit = TimeSpan.FromMinutes(services.Options.IdleMinutes);
        idle = services.Time.CreateTimer(_ => _ = UnderGateAsync("ending an idle session", IdleAsync), null, limit, Timeout.InfiniteTimeSpan);
    }

    private async Task IdleAsync()
    {
        var limit = TimeSpan.FromMinutes(services.Options.IdleMinutes);
        var since = services.Time.GetUtcNow() - row.LastActivityAt;
        if (row.State == SessionState.Ended)
        {
            return;
        }

        if (since < limit)
        {
            idle?.Dispose();
            idle = services.Time.CreateTimer(_ => _ = UnderGateAsync("ending an idle session", IdleAsync), null, limit - since, Timeout.InfiniteTimeSpan);
            return;
        }

        await EndCoreAsync($"Session ended after {services.Options.IdleMinutes} minutes without activity. The teacher can get the report with /session report.");
    }

    private async Task<Reply> UnderGateAsync(Func<Task<Reply>> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (services.Shared)
            {
                Refresh();
            }

            return await work();
        }
        catch (SessionMovedException)
        {
            Log.SessionMovedElsewhere(services.Logger, Id);
            return Reply.Problem("The session moved on at that very moment (another press got there first). Look at the channel and try again.");
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task UnderGateAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (services.Shared)
            {
                Refresh();
            }

            await work();
        }
        catch (SessionMovedException)
        {
            // Another instance took this step first; it shows it.
            Log.SessionMovedElsewhere(services.Logger, Id);
        }
        finally
        {
            gate.Release();
        }
    }

    // For timers and throttled edits: nobody awaits them, so failures are logged here.
    private async Task UnderGateAsync(string what, Func<Task> work)
    {
        try
        {
            await UnderGateAsync(work, CancellationToken.None);
        }
        catch (ObjectDisposedException)
        {
            // The host is shutting down; the stored state is what the next start carries on from.
        }
        catch (Exception exception)
        {
            Log.SessionFailed(services.Logger, exception, Id, what);
        }
    }
}
