using StudyBot.Review;

namespace StudyBot.Tests.Review;

// Worked examples computed by hand from the FSRS-4.5 formulas and default weights:
// R(t,S) = (1 + 19/81 · t/S)^-0.5; S0(G) = w[G-1]; D0(G) = w4 - (G-3)·w5;
// D' = w7·D0(3) + (1-w7)·(D - w6·(G-3)); S'r = S·(e^w8·(11-D)·S^-w9·(e^(w10·(1-R)) - 1)·[w15 hard]·[w16 easy] + 1);
// S'f = w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)).
public sealed class FsrsTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 0.4872, 7.6214, 1)]   // D0 = 5.1618 + 2·1.2298
    [InlineData(2, 1.4003, 6.3916, 1)]
    [InlineData(3, 3.7145, 5.1618, 4)]
    [InlineData(4, 13.8206, 3.9320, 14)]
    public void FirstReview_UsesInitialStabilityAndDifficulty(int rating, double stability, double difficulty, double days)
    {
        var (card, _, scheduled) = Fsrs.Schedule(Card.New(Day0), (Rating)rating, Day0);

        Assert.Equal(stability, card.Stability, 4);
        Assert.Equal(difficulty, card.Difficulty, 4);
        Assert.Equal((Rating)rating == Rating.Again ? Fsrs.RelearnDelay.TotalDays : days, scheduled, 6);
    }

    [Fact]
    public void Retrievability_AtTheStability_IsNinetyPercent_AndAfterFourDaysOfStability3_7145Is0_8935()
    {
        Assert.Equal(0.9, Fsrs.Retrievability(10, 10), 10);
        Assert.Equal(0.8935, Fsrs.Retrievability(4, 3.7145), 4);
    }

    [Theory]
    // Good on day 0 (S 3.7145, D 5.1618), then after 4 days, R = 0.8935:
    [InlineData(3, 14.8081, 5.1618, 15)]   // e^1.6474 · 5.8382 · 3.7145^-0.1367 · (e^(1.0461·0.1065) - 1) = 2.9865; S = 3.7145 · 3.9865
    [InlineData(2, 6.2350, 6.0314775, 6)]  // the same with the hard penalty 0.2272; D = 0.031·5.1618 + 0.969·6.0593
    [InlineData(4, 35.6141, 4.2921, 36)]   // the easy bonus 2.8755
    [InlineData(1, 1.4332, 6.9012, 0)]     // 2.1072 · 5.1618^-0.0793 · (4.7145^0.3246 - 1) · e^(1.587·0.1065)
    public void SecondReview_AfterFourDays_MatchesTheWorkedExample(int rating, double stability, double difficulty, double days)
    {
        var (first, _, _) = Fsrs.Schedule(Card.New(Day0), Rating.Good, Day0);

        var (card, elapsed, scheduled) = Fsrs.Schedule(first, (Rating)rating, Day0.AddDays(4));

        Assert.Equal(4, elapsed, 6);
        Assert.Equal(stability, card.Stability, 3);
        Assert.Equal(difficulty, card.Difficulty, 3);
        if ((Rating)rating == Rating.Again)
        {
            Assert.Equal(CardState.Relearning, card.State);
            Assert.Equal(1, card.Lapses);
            Assert.Equal(Day0.AddDays(4) + Fsrs.RelearnDelay, card.Due);
        }
        else
        {
            Assert.Equal(days, scheduled);
            Assert.Equal(Day0.AddDays(4 + days), card.Due);
        }
    }

    [Fact]
    public void ThirdGood_OnTimeAfter15Days_GrowsStabilityTo49_46()
    {
        var (first, _, _) = Fsrs.Schedule(Card.New(Day0), Rating.Good, Day0);
        var (second, _, _) = Fsrs.Schedule(first, Rating.Good, Day0.AddDays(4));

        var (third, _, scheduled) = Fsrs.Schedule(second, Rating.Good, Day0.AddDays(19));

        Assert.Equal(49.4616, third.Stability, 3);
        Assert.Equal(49, scheduled);
    }

    [Theory]
    [InlineData(false, 2, 1)]
    [InlineData(true, 5, 4)]
    [InlineData(true, 12, 3)]
    [InlineData(true, 31, 2)]
    public void RatingFor_CorrectnessAndTime(bool correct, int seconds, int rating)
    {
        Assert.Equal((Rating)rating, Fsrs.RatingFor(correct, TimeSpan.FromSeconds(seconds)));
    }
}
