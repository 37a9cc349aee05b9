using StudyBot.Sources;

namespace StudyBot.Tests.Sources;

public class SourcePagingTests
{
    [Theory]
    [InlineData("coal", null, 0)]
    [InlineData("five year plan targets", "stalin-workers", 12)]
    [InlineData("a:b:c", "p", 3)]
    public void Id_RoundTrips(string query, string? pack, int offset)
    {
        var id = SourcePaging.Id(query, pack, offset);

        var parsed = SourcePaging.Parse(id["source:".Length..]);

        Assert.Equal((offset, pack, query), parsed);
    }

    [Fact]
    public void Id_LongQuery_FitsDiscordsLimit()
    {
        var query = string.Concat(Enumerable.Repeat("Magnitogorsk 😀 ", 30));

        var id = SourcePaging.Id(query, "a-forty-character-pack-id-abcdefghijklmn", 9999);

        Assert.True(id.Length <= 100);
        Assert.False(char.IsHighSurrogate(id[^1]));
        Assert.StartsWith("Magnitogorsk", SourcePaging.Parse(id["source:".Length..])!.Value.Query, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p:x::coal")]
    [InlineData("p:1")]
    [InlineData("q:1::coal")]
    public void Parse_Malformed_IsNull(string payload) => Assert.Null(SourcePaging.Parse(payload));
}
