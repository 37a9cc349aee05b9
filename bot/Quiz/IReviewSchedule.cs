namespace StudyBot.Quiz;

// When a question comes back for review, in words, for feedback after an answer; null if never.
internal interface IReviewSchedule
{
    string? NextReview(ulong guildId, ulong userId, string packId, string questionId);
}
