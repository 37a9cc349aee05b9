using StudyBot.Sources;

namespace StudyBot.Tests.Sources;

public class FtsQueryTests
{
    [Theory]
    [InlineData("five year plan", "five|year|plan")]
    [InlineData("Five-Year Plan", "five|year|plan")]
    [InlineData("'; DROP TABLE sources; --", "drop|table|sources")]
    [InlineData("coal AND NOT \"steel\" NEAR(x)", "coal|and|not|steel|near|x")]
    [InlineData("Stakhanov*", "stakhanov")]
    [InlineData("***", "")]
    [InlineData("Élève ÉLÈVE", "élève")]
    public void Terms_KeepOnlyWords(string typed, string expected) =>
        Assert.Equal(expected, string.Join('|', FtsQuery.Terms(typed)));

    [Fact]
    public void All_QuotesEveryTermAndPrefixesTheLast()
    {
        Assert.Equal("\"coal\" AND \"targ\"*", FtsQuery.All(["coal", "targ"]));
        Assert.Null(FtsQuery.All([]));
    }

    // PostgreSQL's to_tsquery reads & | ! : * ( ) < > as operators; a term is letters and digits only,
    // quoted, so none can reach it.
    [Fact]
    public void TsAllAndTsAny_QuoteEveryTermAndPrefixTheLast()
    {
        var terms = FtsQuery.Terms("coal:* & !steel | (targ");

        Assert.Equal("'coal' & 'steel' & 'targ':*", FtsQuery.TsAll(terms));
        Assert.Equal("'coal' | 'steel' | 'targ':*", FtsQuery.TsAny(terms));
        Assert.Equal("'go'", FtsQuery.TsAll(["go"]));
        Assert.Null(FtsQuery.TsAny([]));
    }

    [Fact]
    public void Terms_ManyWords_AreCapped()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 50).Select(i => "w" + i));

        Assert.Equal(FtsQuery.MaxTerms, FtsQuery.Terms(typed).Count);
    }
}
