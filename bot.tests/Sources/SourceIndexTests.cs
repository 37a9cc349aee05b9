using StudyBot.Sources;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sources;

public sealed class SourceIndexTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly SourceIndex index;

    public SourceIndexTests()
    {
        index = new SourceIndex(database.Database);
        var other = TestPacks.Pack("other", [TestPacks.Source("coal-miners", "Miners' letters", "Letters from miners about the coal pits and their wages.")]);
        index.Rebuild([TestPacks.Workers(), other]);
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public void Search_TitleMatch_RanksAboveTextMatch()
    {
        var page = index.Search("coal", null, 0, 10);

        Assert.Equal(3, page.Total);
        Assert.Equal("coal-output", page.Hits[0].SourceId);
    }

    [Fact]
    public void Search_Snippet_HighlightsTheMatch()
    {
        var hit = index.Search("stakhanov", null, 0, 1).Hits.Single();

        Assert.Contains($"{SourceIndex.HighlightStart}Stakhanov{SourceIndex.HighlightEnd}", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_LastWordIsAPrefix()
    {
        Assert.Equal("stakhanov", index.Search("stakh", null, 0, 5).Hits.Single().SourceId);
    }

    [Fact]
    public void Search_PackFilter_KeepsToThatPack()
    {
        var page = index.Search("coal", "other", 0, 10);

        Assert.Equal("coal-miners", Assert.Single(page.Hits).SourceId);
    }

    [Fact]
    public void Search_NoWordMatchesAll_FallsBackToAnyWord()
    {
        var page = index.Search("labour zebra", null, 0, 10);

        Assert.Equal("labour-books", Assert.Single(page.Hits).SourceId);
    }

    [Fact]
    public void Search_Offset_PagesThroughRankedHits()
    {
        var all = index.Search("coal", null, 0, 10).Hits.Select(h => h.SourceId).ToList();
        var paged = Enumerable.Range(0, 3).Select(i => index.Search("coal", null, i, 1).Hits.Single().SourceId).ToList();

        Assert.Equal(all, paged);
    }

    [Theory]
    [InlineData("'; DROP TABLE sources; --", 0)]
    [InlineData("\"", 0)]
    [InlineData("NEAR(coal steel)", 3)]
    [InlineData("*", 0)]
    [InlineData("coal OR", 4)] // "or" is a word here: the 1931 speech says "fifty or a hundred years"
    [InlineData("\0\u0001coal", 3)]
    [InlineData("", 0)]
    [InlineData("&|!:*<->()'\\", 0)] // tsquery's operators, for PostgreSQL
    [InlineData("coal:* & !steel | 'x", 3)]
    [InlineData("coal'); DROP TABLE sources; --", 3)]
    public void Search_HostileText_IsSearchedAsPlainWords(string typed, int expected)
    {
        Assert.Equal(expected, index.Search(typed, null, 0, 5).Total);
        Assert.Equal(5, index.Search("coal OR speech OR labour", null, 0, 10).Total);
    }

    [Fact]
    public void Rebuild_Again_ReplacesTheIndex()
    {
        index.Rebuild([TestPacks.Pack("solo", [TestPacks.Source("only", "The only one", "Nothing about fuel.")])]);

        Assert.Equal(0, index.Search("coal", null, 0, 5).Total);
        Assert.Equal(1, index.Search("fuel", null, 0, 5).Total);
    }
}
