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
    : IDisposable
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
    public async Task<Reply> AnswerAsync(Origin origin, int questionNumber, int? option, string text, CancellationToken cancellationToken)
    {
        bool closeNow;
        string saved;
        var closing = -1;
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

            var question = Current.Question;
            var picked = option ?? TypedOption(text);
            option = picked >= 0 ? picked : null;
            var correct = picked switch
            {
                >= 0 => picked == QuestionCard.CorrectOption(question),
                -1 => false,
                _ => AnswerMatcher.IsCorrect(question, text),
            };
            var player = players.GetValueOrDefault(origin.User.UserId) ?? new QuizPlayer(origin.User.DisplayName);
            var streak = correct ? player.Streak + 1 : 0;
            var taken = origin.ReceivedAt - openedAt;
            var points = Scoring.Points(correct, taken, settings.PerQuestion, streak, settings.Scoring);
            var shown = option is { } chosen ? QuestionCard.Options(question)[chosen] : text;
            var record = new AnswerRecord(id, AnswerKind.Quiz, origin.GuildId ?? 0, ChannelId, origin.User.UserId, origin.User.DisplayName,
                Current.Pack.Id, question.Id, shown, correct, taken < TimeSpan.Zero ? TimeSpan.Zero : taken, points, streak, origin.ReceivedAt);
            if (!services.Recorder.Record(record))
            {
                return Reply.Problem("You have already answered this question; your first answer counts.");
            }

            players[origin.User.UserId] = player;
            player.Name = origin.User.DisplayName;
            player.Streak = streak;
            player.BestStreak = Math.Max(player.BestStreak, streak);
            player.Points += points;
            player.Right += correct ? 1 : 0;
            player.Answered++;
            current.Add(new GivenAnswer(origin.User.UserId, origin.User.DisplayName, option, shown, correct, points));
            answered.Add(origin.User.UserId);

            // Everyone who answers is a player, so all players have answered when the two counts meet.
            closeNow = (settings.Mode == QuizMode.FirstCorrect && correct) || (Index > 0 && answered.Count == players.Count);
            open = !closeNow;
            closing = Index;
            saved = $"Answer saved: {Practice.PracticeHandler.Quoted(option is { } c ? Label(c) : text)}. The answer is revealed when the question closes.";
        }
        finally
        {
            gate.Release();
        }

        // Closed here rather than on a timer so the reveal follows the answer deterministically;
        // the answer's row is already committed, and a slow post only delays this acknowledgement.
        if (closeNow)
        {
            await CloseAsync(closing);
        }

        return Reply.Problem(saved);
    }

    private string PackLabel => settings.PackId ?? (questions.Select(q => q.Pack.Id).Distinct().Count() == 1 ? questions[0].Pack.Id : "mixed");

    private string Label(int option) => Current.Question.Type == Packs.QuestionType.MultipleChoice
        ? $"{QuestionCard.Letter(Array.IndexOf(order, option))}. {QuestionCard.Options(Current.Question)[option]}"
        : QuestionCard.Options(Current.Question)[option];

    // "B" or "b" picks the second choice as shown; otherwise the text is matched against the choices.
    // -1 means the text names no choice (a wrong answer); null means the question is typed.
    private int? TypedOption(string text)
    {
        var question = Current.Question;
        var trimmed = text.Trim().TrimEnd('.', ')');
        return question.Type switch
        {
            Packs.QuestionType.MultipleChoice when trimmed.Length == 1 && char.IsAsciiLetter(trimmed[0]) && char.ToUpperInvariant(trimmed[0]) - 'A' is var i && i >= 0 && i < order.Length => order[i],
            Packs.QuestionType.MultipleChoice => AnswerMatcher.ChoiceIndex(question.Choices, text) ?? -1,
            Packs.QuestionType.TrueFalse => AnswerMatcher.ReadTrueFalse(text) is { } value ? (value ? 0 : 1) : -1,
            _ => null,
        };
    }
}
