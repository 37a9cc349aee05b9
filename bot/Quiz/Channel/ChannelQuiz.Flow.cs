using StudyBot.Commands;

namespace StudyBot.Quiz.Channel;

// Asking, closing, revealing and ending. Each runs under the gate.
internal sealed partial class ChannelQuiz
{
    public async Task<bool> StopAsync(string status, string reason, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Answers already taken are written and counted before the standings.
            var wasOpen = open;
            open = false;
            await SettledAsync();
            if (over)
            {
                return false;
            }

            if (wasOpen && messageId is not null)
            {
                await services.Messenger.EditAsync(ChannelId, messageId, QuizMessages.Closed(this, settings, questions.Count), cancellationToken);
            }

            await EndAsync(status, reason, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    // Called with the gate held.
    private async Task AskAsync(CancellationToken cancellationToken)
    {
        order = QuestionCard.Order(Current.Question, Random.Shared);
        current.Clear();
        answered.Clear();
        openedAt = services.Time.GetUtcNow();
        open = true;
        messageId = await services.Messenger.PostAsync(ChannelId, QuizMessages.Question(this, settings, questions.Count, openedAt + settings.PerQuestion), cancellationToken);
        Schedule(settings.PerQuestion, Index);
    }

    // Timers never run quiz work themselves: they queue a close of the question they were set for.
    private void Schedule(TimeSpan delay, int questionIndex)
    {
        timer?.Dispose();
        timer = services.Time.CreateTimer(_ => _ = CloseAsync(questionIndex), null, delay, Timeout.InfiniteTimeSpan);
    }

    private async Task CloseAsync(int questionIndex)
    {
        try
        {
            await gate.WaitAsync();
        }
        catch (ObjectDisposedException)
        {
            // A timer that fired as the host was shutting down: the quiz has already ended.
            return;
        }

        try
        {
            if (over || questionIndex != Index || messageId is null)
            {
                return;
            }

            // Answers already taken are written and counted before the reveal.
            open = false;
            await SettledAsync();
            if (over || questionIndex != Index || messageId is null)
            {
                return;
            }

            timer?.Dispose();
            await services.Messenger.EditAsync(ChannelId, messageId, QuizMessages.Closed(this, settings, questions.Count), CancellationToken.None);
            await services.Messenger.PostAsync(ChannelId, QuizMessages.Reveal(this, current, questions.Count), CancellationToken.None);
            messageId = null;
            if (Index + 1 < questions.Count)
            {
                Index++;
                await AskAsync(CancellationToken.None);
            }
            else
            {
                await EndAsync("finished", "Quiz over!", CancellationToken.None);
            }
        }
        catch (Exception exception)
        {
            Log.QuizFailed(services.Logger, exception, id, "closing a question");
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task EndAsync(string status, string reason, CancellationToken cancellationToken)
    {
        over = true;
        open = false;
        timer?.Dispose();
        services.Store.EndGame(id, status, services.Time.GetUtcNow());
        Log.QuizEnded(services.Logger, id, status);
        ended(this);
        await services.Messenger.PostAsync(ChannelId, QuizMessages.Standings(reason, players, status == "finished" ? questions.Count : Index, questions.Count), cancellationToken);
    }
}
