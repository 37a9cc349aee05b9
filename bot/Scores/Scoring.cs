namespace StudyBot.Scores;

internal enum ScoringMode
{
    Accuracy,
    Speed,
}

internal sealed record ScoringRules(ScoringMode Mode, bool Streaks)
{
    public static readonly ScoringRules Default = new(ScoringMode.Accuracy, Streaks: false);
}

internal static class Scoring
{
    public const int Full = 1000;
    public const int StreakStep = 100;
    public const int MaxStreakBonus = 500;

    // Kahoot's rule: full points under half a second, then falling to half at the deadline.
    public static readonly TimeSpan Instant = TimeSpan.FromMilliseconds(500);

    // streak counts consecutive right answers including this one.
    public static int Points(bool correct, TimeSpan taken, TimeSpan limit, int streak, ScoringRules rules)
    {
        if (!correct)
        {
            return 0;
        }

        var points = rules.Mode == ScoringMode.Speed ? SpeedPoints(taken, limit) : Full;
        if (rules.Streaks && streak > 1)
        {
            points += Math.Min((streak - 1) * StreakStep, MaxStreakBonus);
        }

        return points;
    }

    public static int SpeedPoints(TimeSpan taken, TimeSpan limit)
    {
        if (taken < Instant || limit <= TimeSpan.Zero)
        {
            return Full;
        }

        var fraction = Math.Min(1.0, taken / limit);
        return (int)Math.Round(Full * (1 - (fraction / 2)), MidpointRounding.AwayFromZero);
    }
}
