namespace StudyBot.Review;

internal enum Rating
{
    Again = 1,
    Hard = 2,
    Good = 3,
    Easy = 4,
}

internal enum CardState
{
    New,
    Review,
    Relearning,
}

internal sealed record Card(CardState State, double Stability, double Difficulty, DateTimeOffset Due, DateTimeOffset? LastReview, int Reps, int Lapses)
{
    public static Card New(DateTimeOffset due) => new(CardState.New, 0, 0, due, null, 0, 0);
}

// FSRS-4.5 (the fsrs4anki wiki's formulas and 17 default weights), aiming at 90% recall when a card
// comes due. As in later FSRS versions, forgetting never raises stability.
internal static class Fsrs
{
    public const double DesiredRetention = 0.9;
    public const double Decay = -0.5;
    public const double Factor = 19.0 / 81.0;
    public const double MaxIntervalDays = 36500;

    // A card forgotten comes back within the session's day rather than after a full interval.
    public static readonly TimeSpan RelearnDelay = TimeSpan.FromMinutes(10);

    public static readonly double[] W =
        [0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072, 0.0793, 0.3246, 1.587, 0.2272, 2.8755];

    public static double Retrievability(double elapsedDays, double stability) => Math.Pow(1 + (Factor * elapsedDays / stability), Decay);

    public static double InitialStability(Rating rating) => W[(int)rating - 1];

    public static double InitialDifficulty(Rating rating) => Math.Clamp(W[4] - (((int)rating - 3) * W[5]), 1, 10);

    public static double NextDifficulty(double difficulty, Rating rating)
    {
        var moved = difficulty - (W[6] * ((int)rating - 3));
        return Math.Clamp((W[7] * InitialDifficulty(Rating.Good)) + ((1 - W[7]) * moved), 1, 10);
    }

    public static double RecallStability(double difficulty, double stability, double retrievability, Rating rating)
    {
        var hard = rating == Rating.Hard ? W[15] : 1;
        var easy = rating == Rating.Easy ? W[16] : 1;
        return stability * ((Math.Exp(W[8]) * (11 - difficulty) * Math.Pow(stability, -W[9]) * (Math.Exp(W[10] * (1 - retrievability)) - 1) * hard * easy) + 1);
    }

    public static double ForgetStability(double difficulty, double stability, double retrievability) =>
        W[11] * Math.Pow(difficulty, -W[12]) * (Math.Pow(stability + 1, W[13]) - 1) * Math.Exp(W[14] * (1 - retrievability));

    // With 90% desired retention the interval equals the stability, in whole days, at least one.
    public static double IntervalDays(double stability) =>
        Math.Clamp(Math.Round(stability / Factor * (Math.Pow(DesiredRetention, 1 / Decay) - 1), MidpointRounding.AwayFromZero), 1, MaxIntervalDays);

    public static (Card Card, double ElapsedDays, double ScheduledDays) Schedule(Card card, Rating rating, DateTimeOffset now)
    {
        var elapsed = card.LastReview is { } last ? Math.Max(0, (now - last).TotalDays) : 0;
        double stability, difficulty;
        if (card.State == CardState.New)
        {
            (stability, difficulty) = (InitialStability(rating), InitialDifficulty(rating));
        }
        else
        {
            var r = Retrievability(elapsed, card.Stability);
            difficulty = NextDifficulty(card.Difficulty, rating);
            stability = rating == Rating.Again
                ? Math.Min(ForgetStability(card.Difficulty, card.Stability, r), card.Stability)
                : RecallStability(card.Difficulty, card.Stability, r, rating);
        }

        var forgot = rating == Rating.Again;
        var days = IntervalDays(stability);
        var due = forgot ? now + RelearnDelay : now.AddDays(days);
        var next = new Card(forgot ? CardState.Relearning : CardState.Review, stability, difficulty, due, now, card.Reps + 1, card.Lapses + (forgot && card.State != CardState.New ? 1 : 0));
        return (next, elapsed, forgot ? RelearnDelay.TotalDays : days);
    }

    // Wrong is Again; right is Easy within 5 seconds, Hard after 30, otherwise Good.
    public static Rating RatingFor(bool correct, TimeSpan taken) => !correct ? Rating.Again
        : taken <= TimeSpan.FromSeconds(5) ? Rating.Easy
        : taken > TimeSpan.FromSeconds(30) ? Rating.Hard
        : Rating.Good;
}
