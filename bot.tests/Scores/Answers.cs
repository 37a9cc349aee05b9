using StudyBot.Scores;

namespace StudyBot.Tests.Scores;

// Answer rows for store and board tests.
internal static class Answers
{
    public static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static AnswerRecord Quiz(ulong user, string question = "q1", bool correct = true, int points = 1000, string quiz = "g1",
        ulong channel = 2, string pack = "p", DateTimeOffset? at = null, string text = "answer", int streak = 1, string? name = null) =>
        new(quiz, AnswerKind.Quiz, 1, channel, user, name ?? $"user{user}", pack, question, text, correct, TimeSpan.FromSeconds(3), points, streak, at ?? Wednesday);
}
