using StudyBot.Quiz;
using StudyBot.Scores;

namespace StudyBot.Review;

// Review answers reschedule their card; a wrong answer anywhere else makes the question due.
internal sealed class ReviewFollowUp(ReviewCards cards) : IAnswerFollowUp
{
    public void Answered(AnswerRecord answer)
    {
        var key = new CardKey(answer.GuildId, answer.UserId, answer.PackId, answer.QuestionId);
        if (answer.Kind == AnswerKind.Review)
        {
            cards.Review(key, Fsrs.RatingFor(answer.Correct, answer.Taken), answer.AnsweredAt);
        }
        else if (!answer.Correct)
        {
            cards.MakeDue(key, answer.AnsweredAt);
        }
    }
}
