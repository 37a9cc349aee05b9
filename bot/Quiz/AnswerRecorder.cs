using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Quiz;

// The one place an answer is kept: the answer row, then (for review) the student's schedule.
internal sealed class AnswerRecorder(ScoreStore store, IEnumerable<IAnswerFollowUp> followUps, ILogger<AnswerRecorder>? logger = null)
{
    private readonly IAnswerFollowUp[] followUps = [.. followUps];
    private GroupCommit<AnswerRecord, bool>? batches;

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
    public Task<bool> RecordAsync(AnswerRecord answer) =>
        LazyInitializer.EnsureInitialized(ref batches, () => new(store.TryRecordAll, FollowUpAll)).Add(answer);

    private void FollowUpAll(IReadOnlyList<AnswerRecord> answers, bool[] stored)
    {
        List<AnswerRecord> kept = [.. answers.Where((_, i) => stored[i])];
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
