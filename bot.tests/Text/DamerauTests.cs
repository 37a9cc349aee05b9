using StudyBot.Text;

namespace StudyBot.Tests.Text;

public sealed class DamerauTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_KnownPairs(string a, string b, int expected)
    {
        Assert.Equal(expected, Damerau.Distance(a, b, 10));
    }

    [Fact]
    public void Distance_PastTheLimit_ReturnsLimitPlusOne()
    {
        Assert.Equal(3, Damerau.Distance("aaaaaaaa", "bbbbbbbb", 2));
    }
}
