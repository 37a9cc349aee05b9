using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

internal enum QuizMode
{
    // Everyone has until the deadline; every right answer scores.
    Everyone,

    // The first right answer wins the question and closes it.
    FirstCorrect,
}

internal sealed record QuizSettings(string? PackId, string? Topic, int Questions, TimeSpan PerQuestion, QuizMode Mode, ScoringRules Scoring);

// A student's running total in one quiz.
internal sealed class QuizPlayer(string name)
{
    public string Name { get; set; } = name;

    public int Points { get; set; }

    public int Right { get; set; }

    public int Answered { get; set; }

    public int Streak { get; set; }

    public int BestStreak { get; set; }
}

// What a student gave for the open question: the option pressed (in the pack's order) or text typed.
internal sealed record GivenAnswer(ulong UserId, string Name, int? Option, string Text, bool Correct, int Points);

// What the channel messages show of a quiz: the in-memory quiz (gateway mode) or a row (http mode).
internal interface IQuizView
{
    string Id { get; }

    int Index { get; }

    PoolQuestion Current { get; }

    IReadOnlyList<int> Order { get; }
}

internal sealed record QuizView(string Id, int Index, PoolQuestion Current, IReadOnlyList<int> Order) : IQuizView;
