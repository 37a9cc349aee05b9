namespace StudyBot.Quiz.Channel;

// Closing a question in http mode: one conditional update moves the quiz from the question to the
// next one (or to its end), so of every instance that tries (the everyone-answered press, the
// first right answer, each instance's sweeper at the deadline) exactly one posts the reveal.
internal sealed partial class SharedQuizzes
{
    public async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stale = TimeSpan.FromMinutes(options.Value.StaleMinutes);
        foreach (var (id, position, deadline) in store.Due(now))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await CloseAsync(id, position, stale: now - deadline > stale);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.QuizFailed(logger, exception, id, "closing a question at its deadline");
            }
        }
    }

    // stale: every instance stopped long enough ago that nobody is still playing: end it there.
    private async Task CloseAsync(string id, int position, bool stale)
    {
        if (Load(id) is not (var row, var questions) || row.Ended || row.Position != position)
        {
            if (stale && store.Find(id) is { Ended: false } orphan && orphan.Position == position && store.Advance(id, position, null, time.GetUtcNow()))
            {
                // Its packs are gone from this instance: ended without a reveal.
                scores.EndGame(id, "interrupted", time.GetUtcNow());
                Log.QuizEnded(logger, id, "interrupted");
            }

            return;
        }

        var now = time.GetUtcNow();
        var next = stale || position + 1 >= questions.Count
            ? null
            : new NextQuestion(position + 1, QuestionCard.Order(questions[position + 1].Question, Random.Shared), now, now + row.Settings.PerQuestion);
        if (!store.Advance(id, position, next, now))
        {
            return;
        }

        Log.QuestionClosedHere(logger, id, position, stale ? "long overdue" : now >= row.DeadlineAt ? "deadline" : "answered");

        var view = View(row, questions);
        if (row.MessageId is { } message)
        {
            await messenger.EditAsync(row.ChannelId, message, QuizMessages.Closed(view, row.Settings, questions.Count), CancellationToken.None);
        }

        await messenger.PostAsync(row.ChannelId, QuizMessages.Reveal(view, Given(row, questions[position]), questions.Count), CancellationToken.None);
        if (next is not null)
        {
            var asked = row with { Position = next.Position, Order = next.Order, OpenedAt = next.OpenedAt, DeadlineAt = next.DeadlineAt, MessageId = null };
            var posted = await messenger.PostAsync(row.ChannelId, QuizMessages.Question(View(asked, questions), row.Settings, questions.Count, next.DeadlineAt), CancellationToken.None);
            store.SetMessage(id, next.Position, posted);
        }
        else if (stale)
        {
            await EndAsync(row, questions, "interrupted", "Quiz stopped: StudyBot was away past the question's deadline. Answers already given are saved.", position + 1);
        }
        else
        {
            await EndAsync(row, questions, "finished", "Quiz over!", questions.Count);
        }
    }

    private async Task EndAsync(LiveQuizRow row, IReadOnlyList<PoolQuestion> questions, string status, string reason, int asked)
    {
        scores.EndGame(row.Id, status, time.GetUtcNow());
        Log.QuizEnded(logger, row.Id, status);
        plans.TryRemove(row.Id, out _);
        rows.TryRemove(row.Id, out _);
        var players = store.Standings(row.Id).ToDictionary(
            s => s.UserId,
            s => new QuizPlayer(s.Name) { Points = s.Points, Right = s.Right, Answered = s.Answered, BestStreak = s.BestStreak });
        await messenger.PostAsync(row.ChannelId, QuizMessages.Standings(reason, players, asked, questions.Count), CancellationToken.None);
    }

    // The reveal counts the answers the database holds, whichever instance took them.
    private List<GivenAnswer> Given(LiveQuizRow row, PoolQuestion item)
    {
        var options = QuestionCard.Options(item.Question).ToList();
        return [.. store.Answers(row.Id, item.Question.Id).Select(a =>
        {
            var index = options.IndexOf(a.Answer);
            return new GivenAnswer(a.UserId, a.Name, index >= 0 ? index : null, a.Answer, a.Correct, a.Points);
        })];
    }
}
