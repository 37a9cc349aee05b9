using StudyBot.Scores;

namespace StudyBot.Quiz;

// The one place an answer is kept: the answer row, then (for review) the student's schedule.
internal sealed class AnswerRecorder(ScoreStore store, IEnumerable<IAnswerFollowUp> followUps)
{
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
}

// Features that learn from stored answers (spaced review) implement this.
internal interface IAnswerFollowUp
{
    void Answered(AnswerRecord answer);
}
