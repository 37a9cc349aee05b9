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

    [Fact]
    public void Terms_ManyWords_AreCapped()
    {
        var typed = string.Join(' ', Enumerable.Range(0, 50).Select(i => "w" + i));

        Assert.Equal(FtsQuery.MaxTerms, FtsQuery.Terms(typed).Count);
    }
}
