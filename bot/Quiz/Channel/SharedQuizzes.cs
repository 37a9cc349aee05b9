using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Instances;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz.Matching;
using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

// Channel quizzes in http mode, where any instance may receive the next press: nothing lives in
// this process but the questions each quiz drew (they never change). Every press reads the open
// question from the database, and an answer is acknowledged only once its row is committed.
internal sealed partial class SharedQuizzes(
    IChannelMessenger messenger, AnswerRecorder recorder, ScoreStore scores, LiveQuizStore store, GuildPacks packs, TimeProvider time,
    IOptions<InstancesOptions> options, ILogger<SharedQuizzes> logger)
    : ISweep
{
    private static readonly Reply Over = Reply.Problem("That quiz has ended.");
    private static readonly Reply Closed = Reply.Problem("That question has closed.");
    private static readonly Reply Again = Reply.Problem("You have already answered this question; your first answer counts.");

    private readonly ConcurrentDictionary<string, IReadOnlyList<PoolQuestion>> plans = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LiveQuizRow> rows = new(StringComparer.Ordinal);

    public bool Enabled => options.Value.Shared;

    public bool RunningIn(ulong channelId) => store.LiveIn(channelId) is not null;

    // False when the channel already has a quiz, on this instance or another.
    public async Task<bool> StartAsync(Origin origin, QuizSettings settings, IReadOnlyList<PoolQuestion> questions, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant();
        var now = time.GetUtcNow();
        var row = new LiveQuizRow(id, origin.GuildId ?? 0, origin.ChannelId, origin.User.UserId, settings, false, 0,
            QuestionCard.Order(questions[0].Question, Random.Shared), now, now + settings.PerQuestion, 0, null);
        if (!store.Create(row, questions))
        {
            return false;
        }

        plans[id] = questions;
        var label = settings.PackId ?? (questions.Select(q => q.Pack.Id).Distinct().Count() == 1 ? questions[0].Pack.Id : "mixed");
        scores.StartGame(id, row.GuildId, row.ChannelId, label, row.StartedBy, now);
        Log.QuizStarted(logger, id, row.ChannelId, questions.Count);
        try
        {
            await messenger.PostAsync(row.ChannelId, QuizMessages.Intro(origin.User.DisplayName, settings, questions), cancellationToken);
            var message = await messenger.PostAsync(row.ChannelId, QuizMessages.Question(View(row, questions), settings, questions.Count, row.DeadlineAt), cancellationToken);
            store.SetMessage(id, 0, message);
            return true;
        }
        catch
        {
            // Nobody saw the question: the quiz ends here rather than revealing it at its deadline.
            store.Stop(id, time.GetUtcNow());
            scores.EndGame(id, "stopped", time.GetUtcNow());
            plans.TryRemove(id, out _);
            throw;
        }
    }

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        var pressed = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1;
        if (parts.Length < 3 || Load(parts[1], pressed) is not (var row, var questions) || row.Ended)
        {
            return Over;
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var at) || at != row.Position)
        {
            return Closed;
        }

        var options = QuestionCard.Options(questions[at].Question);
        return parts switch
        {
            ["c", _, _, var o] when int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var option) && option < options.Count =>
                await AnswerAsync(context.Origin, row, questions, option, options[option]),
            ["t", _, _] => new Reply { Modal = QuestionCard.AnswerForm($"quiz:m:{row.Id}:{parts[2]}", questions[at].Question) },
            _ => Closed,
        };
    }

    public async ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        if (parts is not ["m", var id, var at] || Load(id, int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : -1) is not (var row, var questions) || row.Ended)
        {
            return Over;
        }

        return int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index == row.Position
            ? await AnswerAsync(context.Origin, row, questions, null, context.Fields.GetValueOrDefault("answer") ?? "")
            : Closed;
    }

    public async Task<Reply> AnswerTypedAsync(CommandContext context)
    {
        if (store.LiveIn(context.Origin.ChannelId) is not { } live || Load(live.Id) is not (var row, var questions) || row.Ended)
        {
            return Reply.Problem("No quiz is running in this channel. Start one with /quiz start.");
        }

        return await AnswerAsync(context.Origin, row, questions, null, context.Options.GetString("text") ?? "");
    }

    public async Task<Reply> StopAsync(CommandContext context)
    {
        if (store.LiveIn(context.Origin.ChannelId) is not { } live || Load(live.Id) is not (var row, var questions) || row.Ended)
        {
            return Reply.Problem("No quiz is running in this channel.");
        }

        if (row.StartedBy != context.User.UserId && !context.User.Has(Permissions.ManageMessages))
        {
            return Reply.Problem("Only whoever started this quiz, or someone who can manage messages, can stop it.");
        }

        if (!store.Stop(row.Id, time.GetUtcNow()))
        {
            return Reply.Problem("That quiz had already ended.");
        }

        if (row.MessageId is { } message)
        {
            await messenger.EditAsync(row.ChannelId, message, QuizMessages.Closed(View(row, questions), row.Settings, questions.Count), CancellationToken.None);
        }

        await EndAsync(row, questions, "stopped", $"Quiz stopped by {context.User.DisplayName}", row.Position);
        return Reply.Problem("The quiz is stopped. Answers already given are saved.");
    }

    // Scored as the in-memory quiz scores it, against the student's streak as the database has it.
    private async Task<Reply> AnswerAsync(Origin origin, LiveQuizRow row, IReadOnlyList<PoolQuestion> questions, int? option, string text)
    {
        var item = questions[row.Position];
        var question = item.Question;
        var picked = option ?? QuestionCard.TypedOption(question, row.Order, text);
        option = picked >= 0 ? picked : null;
        var correct = picked switch
        {
            >= 0 => picked == QuestionCard.CorrectOption(question),
            -1 => false,
            _ => AnswerMatcher.IsCorrect(question, text),
        };
        var taken = origin.ReceivedAt - row.OpenedAt;
        taken = taken < TimeSpan.Zero ? TimeSpan.Zero : taken;
        var shown = option is { } chosen ? QuestionCard.Options(question)[chosen] : text;
        AnswerRecord? stored = null;
        var firstCorrect = row.Settings.Mode == QuizMode.FirstCorrect;
        var (outcome, answers, players) = await store.TryAnswerAsync(new LiveAnswerRequest(row.Id, row.GuildId, row.Position, question.Id, firstCorrect, origin.ReceivedAt, origin.User.UserId, previous =>
        {
            var streak = correct ? previous + 1 : 0;
            var points = Scoring.Points(correct, taken, row.Settings.PerQuestion, streak, row.Settings.Scoring);
            stored = new AnswerRecord(row.Id, AnswerKind.Quiz, origin.GuildId ?? 0, row.ChannelId, origin.User.UserId, origin.User.DisplayName,
                item.Pack.Id, question.Id, shown, correct, taken, points, streak, origin.ReceivedAt);
            return stored;
        }));
        switch (outcome)
        {
            case LiveAnswerOutcome.Closed:
                return Closed;
            case LiveAnswerOutcome.Duplicate:
                return Again;
        }

        recorder.FollowUp(stored!);

        // The row is committed; whoever's answer completes the question closes it, here or on another instance.
        if ((firstCorrect && correct) || (row.Position > 0 && answers == players))
        {
            await CloseAsync(row.Id, row.Position, stale: false);
        }

        var label = option is { } c
            ? (question.Type == Packs.QuestionType.MultipleChoice ? $"{QuestionCard.Letter(row.Order.ToList().IndexOf(c))}. {QuestionCard.Options(question)[c]}" : QuestionCard.Options(question)[c])
            : text;
        return Reply.Problem($"Answer saved: {Practice.PracticeHandler.Quoted(label)}. The answer is revealed when the question closes.");
    }

    // pressed: the question a button was shown for. A question's option order and open time never
    // change once it is asked, so the row last read for that question serves its presses; whether
    // it is still open is the answer's own conditional update to decide.
    private (LiveQuizRow Row, IReadOnlyList<PoolQuestion> Questions)? Load(string id, int pressed = -1)
    {
        if (pressed >= 0 && rows.TryGetValue(id, out var known) && known.Position == pressed && plans.TryGetValue(id, out var planned))
        {
            return (known, planned);
        }

        if (store.Find(id) is not { } row)
        {
            return null;
        }

        if (row.Ended)
        {
            // Ended on whichever instance: nothing of it need stay in this one.
            rows.TryRemove(id, out _);
            plans.TryRemove(id, out _);
            return (row, []);
        }

        rows[id] = row;

        if (plans.TryGetValue(id, out var questions))
        {
            return (row, questions);
        }

        if (StoredQuestions.Find(packs, row.GuildId, store.Questions(id)) is not { } found)
        {
            // A pack this instance cannot load: nothing can be scored here.
            return null;
        }

        questions = found;
        plans[id] = questions;
        return (row, questions);
    }

    private static QuizView View(LiveQuizRow row, IReadOnlyList<PoolQuestion> questions) => new(row.Id, row.Position, questions[row.Position], row.Order);
}
