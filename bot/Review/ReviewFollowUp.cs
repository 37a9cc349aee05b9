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

    // A burst of quiz answers: the wrong ones' cards in one transaction, reviews one by one as before.
    public void AnsweredAll(IReadOnlyList<AnswerRecord> answers)
    {
        var due = answers.Where(a => a.Kind != AnswerKind.Review && !a.Correct)
            .Select(a => (new CardKey(a.GuildId, a.UserId, a.PackId, a.QuestionId), a.AnsweredAt)).ToList();
        if (due.Count > 0)
        {
            cards.MakeDueAll(due);
        }

        foreach (var review in answers.Where(a => a.Kind == AnswerKind.Review))
        {
            Answered(review);
        }
    }
}
