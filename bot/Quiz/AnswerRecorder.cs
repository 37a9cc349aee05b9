using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Scores;

namespace StudyBot.Quiz;

// The one place an answer is kept: the answer row, then (for review) the student's schedule.
internal sealed class AnswerRecorder(ScoreStore store, IEnumerable<IAnswerFollowUp> followUps, ILogger<AnswerRecorder>? logger = null)
{
    private readonly Lock gate = new();
    private readonly IAnswerFollowUp[] followUps = [.. followUps];
    private List<(AnswerRecord Answer, TaskCompletionSource<bool> Stored)> queue = [];
    private bool writing;

    // False when this student already answered this question in this quiz.
    public bool Record(AnswerRecord answer)
    {
        if (!store.TryRecord(answer))
        {
            return false;
        }

        foreach (var followUp in followUps)
        {
            followUp.Answered(answer);
        }

        return true;
    }

    // For answers written elsewhere in a transaction of their own (http mode): the follow-ups only.
    public void FollowUp(AnswerRecord answer)
    {
        foreach (var followUp in followUps)
        {
            try
            {
                followUp.Answered(answer);
            }
            catch (Exception exception)
            {
                Log.FollowUpFailed(logger ?? (ILogger)NullLogger.Instance, exception, 1);
            }
        }
    }

    // The same for answers that arrive together (a class pressing at once): answers queued while a
    // batch is being written go in the next batch, one transaction each (group commit). The task
    // completes once the answer's row is committed; the follow-ups run after, and a failure there is
    // logged, since the answer itself is safe.
    public Task<bool> RecordAsync(AnswerRecord answer)
    {
        var stored = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (gate)
        {
            queue.Add((answer, stored));
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            _ = Task.Run(WriteQueued);
        }

        return stored.Task;
    }

    private void WriteQueued()
    {
        while (true)
        {
            List<(AnswerRecord Answer, TaskCompletionSource<bool> Stored)> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    return;
                }

                (batch, queue) = (queue, []);
            }

            bool[] stored;
            try
            {
                stored = store.TryRecordAll([.. batch.Select(b => b.Answer)]);
            }
            catch (Exception exception)
            {
                batch.ForEach(b => b.Stored.TrySetException(exception));
                continue;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Stored.TrySetResult(stored[i]);
            }

            List<AnswerRecord> kept = [.. batch.Where((_, i) => stored[i]).Select(b => b.Answer)];
            foreach (var followUp in followUps)
            {
                try
                {
                    followUp.AnsweredAll(kept);
                }
                catch (Exception exception)
                {
                    Log.FollowUpFailed(logger ?? (ILogger)NullLogger.Instance, exception, kept.Count);
                }
            }
        }
    }
}

// Features that learn from stored answers (spaced review) implement this.
internal interface IAnswerFollowUp
{
    void Answered(AnswerRecord answer);

    // Answers stored together; a feature that can do them in one go overrides this.
    void AnsweredAll(IReadOnlyList<AnswerRecord> answers)
    {
        foreach (var answer in answers)
        {
            Answered(answer);
        }
    }
}
