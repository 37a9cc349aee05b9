using System.Globalization;
using StudyBot.Quiz;

namespace StudyBot.Review;

internal sealed class ReviewSchedule(ReviewCards cards, TimeProvider time) : IReviewSchedule
{
    public string? NextReview(ulong guildId, ulong userId, string packId, string questionId)
    {
        if (cards.Find(new CardKey(guildId, userId, packId, questionId)) is not { } card)
        {
            return null;
        }

        return card.Due <= time.GetUtcNow() + Fsrs.RelearnDelay
            ? "It is due again in /review."
            : $"Next review <t:{card.Due.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R> (in {Math.Round((card.Due - time.GetUtcNow()).TotalDays).ToString(CultureInfo.InvariantCulture)} days).";
    }
}
