using Microsoft.Extensions.Logging;
using StudyBot.Commands;
using StudyBot.Quiz.Matching;
using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

internal sealed record QuizServices(IChannelMessenger Messenger, AnswerRecorder Recorder, ScoreStore Store, TimeProvider Time, ILogger Logger);

// One quiz in one channel: asks each question, takes each student's first answer, closes at the
// deadline or when everyone playing has answered, reveals, and ends with the standings.
// One gate serialises answers and closings; timers only ever schedule work through it.
internal sealed partial class ChannelQuiz(
    string id, Origin started, QuizSettings settings, IReadOnlyList<PoolQuestion> questions, QuizServices services, Action<ChannelQuiz> ended)
    : IQuizView, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Dictionary<ulong, QuizPlayer> players = [];
    private readonly List<GivenAnswer> current = [];

    // Who has answered the open question: looked up on every answer, so a set rather than a scan of current.
    private readonly HashSet<ulong> answered = [];
    private ITimer? timer;
    private int[] order = [];
    private string? messageId;
    private DateTimeOffset openedAt;
    private bool open;
    private int inFlight;
    private TaskCompletionSource settled = new();
    private bool over;

    public string Id => id;

    public ulong ChannelId => started.ChannelId;

    public ulong StartedBy => started.User.UserId;

    public int Index { get; private set; }

    public PoolQuestion Current => questions[Index];

    public IReadOnlyList<int> Order => order;

    // Only at host shutdown, after StopAsync: nothing waits on the gate any more.
    public void Dispose()
    {
        timer?.Dispose();
        gate.Dispose();
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        services.Store.StartGame(id, started.GuildId ?? 0, started.ChannelId, PackLabel, started.User.UserId, services.Time.GetUtcNow());
        Log.QuizStarted(services.Logger, id, started.ChannelId, questions.Count);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await services.Messenger.PostAsync(ChannelId, QuizMessages.Intro(started.User.DisplayName, settings, questions), cancellationToken);
            await AskAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    // option is in the pack's order; text is what was typed or the pressed label.
    // The answer is checked and held under the gate, written outside it so that answers arriving
    // together share one commit (AnswerRecorder.RecordAsync), and counted under the gate once its row
    // is committed; only then is it acknowledged. A question closes only when no answer is in flight.
    public async Task<Reply> AnswerAsync(Origin origin, int questionNumber, int? option, string text, CancellationToken cancellationToken)
    {
        Held held;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!open || questionNumber != Index)
            {
                return Reply.Problem("That question has closed.");
            }

            if (answered.Contains(origin.User.UserId))
            {
                return Reply.Problem("You have already answered this question; your first answer counts.");
            }

            held = Hold(origin, option, text);
            answered.Add(origin.User.UserId);
        }
        finally
        {
            gate.Release();
        }

        bool stored;
        try
        {
            stored = await services.Recorder.RecordAsync(held.Record);
        }
        catch
        {
            await SettleAsync(held, stored: false);
            throw;
        }

        var closeNow = await SettleAsync(held, stored);
        if (!stored)
        {
            return Reply.Problem("You have already answered this question; your first answer counts.");
        }

        // Closed here rather than on a timer so the reveal follows the answer deterministically;
        // the answer's row is already committed, and a slow post only delays this acknowledgement.
        if (closeNow)
        {
            await CloseAsync(questionNumber);
        }

        return Reply.Problem(held.Saved);
    }

    // Called with the gate held: scores the answer against the player as they stand.
    private Held Hold(Origin origin, int? option, string text)
    {
        var question = Current.Question;
        var picked = option ?? QuestionCard.TypedOption(question, order, text);
        option = picked >= 0 ? picked : null;
        var correct = picked switch
        {
            >= 0 => picked == QuestionCard.CorrectOption(question),
            -1 => false,
            _ => AnswerMatcher.IsCorrect(question, text),
        };
        var player = players.GetValueOrDefault(origin.User.UserId);
        var streak = correct ? (player?.Streak ?? 0) + 1 : 0;
        var taken = origin.ReceivedAt - openedAt;
        var points = Scoring.Points(correct, taken, settings.PerQuestion, streak, settings.Scoring);
        var shown = option is { } chosen ? QuestionCard.Options(question)[chosen] : text;
        var record = new AnswerRecord(id, AnswerKind.Quiz, origin.GuildId ?? 0, ChannelId, origin.User.UserId, origin.User.DisplayName,
            Current.Pack.Id, question.Id, shown, correct, taken < TimeSpan.Zero ? TimeSpan.Zero : taken, points, streak, origin.ReceivedAt);
        if (settings.Mode == QuizMode.FirstCorrect && correct)
        {
            // The first right answer wins: later ones are refused while this one is written.
            open = false;
        }

        if (inFlight++ == 0)
        {
            settled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        var saved = $"Answer saved: {Practice.PracticeHandler.Quoted(option is { } c ? Label(c) : text)}. The answer is revealed when the question closes.";
        return new Held(record, new GivenAnswer(origin.User.UserId, origin.User.DisplayName, option, shown, correct, points), Index, saved);
    }

    // Counts a committed answer (or forgets one that was not stored) and says whether the question should now close.
    private async Task<bool> SettleAsync(Held held, bool stored)
    {
        await gate.WaitAsync(CancellationToken.None);
        try
        {
            var closeNow = false;
            var answer = held.Answer;
            if (stored)
            {
                var player = players.GetValueOrDefault(answer.UserId) ?? new QuizPlayer(answer.Name);
                players[answer.UserId] = player;
                player.Name = answer.Name;
                player.Streak = held.Record.Streak;
                player.BestStreak = Math.Max(player.BestStreak, player.Streak);
                player.Points += answer.Points;
                player.Right += answer.Correct ? 1 : 0;
                player.Answered++;
                current.Add(answer);

                // Everyone who answers is a player, so all players have answered when the two counts meet.
                var everyone = held.Question > 0 && current.Count == players.Count;
                closeNow = !over && held.Question == Index && messageId is not null
                    && ((settings.Mode == QuizMode.FirstCorrect && answer.Correct) || everyone);
                open &= !closeNow;
            }
            else if (held.Question == Index)
            {
                answered.Remove(answer.UserId);
                open |= settings.Mode == QuizMode.FirstCorrect && answer.Correct && !over && messageId is not null;
            }

            if (--inFlight == 0)
            {
                settled.TrySetResult();
            }

            return closeNow;
        }
        finally
        {
            gate.Release();
        }
    }

    // Called with the gate held; returns with it held once no answer is being written.
    private async Task SettledAsync()
    {
        while (inFlight > 0)
        {
            var wait = settled.Task;
            gate.Release();
            try
            {
                await wait;
            }
            finally
            {
                await gate.WaitAsync(CancellationToken.None);
            }
        }
    }

    private sealed record Held(AnswerRecord Record, GivenAnswer Answer, int Question, string Saved);

    private string PackLabel => settings.PackId ?? (questions.Select(q => q.Pack.Id).Distinct().Count() == 1 ? questions[0].Pack.Id : "mixed");

    private string Label(int option) => Current.Question.Type == Packs.QuestionType.MultipleChoice
        ? $"{QuestionCard.Letter(Array.IndexOf(order, option))}. {QuestionCard.Options(Current.Question)[option]}"
        : QuestionCard.Options(Current.Question)[option];
}
