using StudyBot.Sources;

namespace StudyBot.Tests.Sources;

public class TitleMatcherTests
{
    private static readonly string[] Titles =
    [
        "Stalin's speech to industrial managers, 4 February 1931",
        "Stalin on wages and labour turnover, 23 June 1931",
        "Pravda and Stakhanov's record, September 1935",
        "Decree introducing labour books, 20 December 1938",
    ];

    [Theory]
    [InlineData("speech 1931", "Stalin's speech to industrial managers, 4 February 1931")]
    [InlineData("stakh", "Pravda and Stakhanov's record, September 1935")]
    [InlineData("stakanov", "Pravda and Stakhanov's record, September 1935")]
    [InlineData("LABOUR BOOKS", "Decree introducing labour books, 20 December 1938")]
    [InlineData("Décree", "Decree introducing labour books, 20 December 1938")]
    public void Closest_Typed_PutsTheMeantTitleFirst(string typed, string expected) =>
        Assert.Equal(expected, TitleMatcher.Closest(Titles, t => t, typed, 3, minimum: 0.3)[0]);

    [Fact]
    public void Closest_TitlesContainingTheWords_HideNearMisses()
    {
        var found = TitleMatcher.Closest(Titles, t => t, "labour", 5, minimum: 0.3);

        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void Closest_Nothing_Alike_IsEmpty() =>
        Assert.Empty(TitleMatcher.Closest(Titles, t => t, "xyzzy", 5, minimum: 0.3));
}
