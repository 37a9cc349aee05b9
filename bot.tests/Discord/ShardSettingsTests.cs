using StudyBot.Discord.Gateway;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Discord;

public sealed class ShardSettingsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("1", 1)]
    [InlineData("16", 16)]
    [InlineData(" 2 ", 2)]
    [InlineData("auto", null)]
    [InlineData("AUTO", null)]
    public void TryParseCount_WholeNumberOrAuto_IsRead(string text, int? expected)
    {
        Assert.True(ShardSettings.TryParseCount(text, out var count));
        Assert.Equal(expected, count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("two")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("99999999")]
    public void TryParseCount_Else_IsRefused(string text) =>
        Assert.False(ShardSettings.TryParseCount(text, out _));

    [Theory]
    [InlineData("", new int[0])]
    [InlineData("3", new[] { 3 })]
    [InlineData("0,2,5", new[] { 0, 2, 5 })]
    [InlineData("0-3", new[] { 0, 1, 2, 3 })]
    [InlineData(" 0 - 1 , 4 ", new[] { 0, 1, 4 })]
    [InlineData("5,1", new[] { 5, 1 })]
    public void TryParseIds_ListsAndRanges_AreRead(string text, int[] expected)
    {
        Assert.Null(ShardSettings.TryParseIds(text, out var ids));
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("a", "'a'")]
    [InlineData("3-1", "'3-1'")]
    [InlineData("1-", "'1-'")]
    [InlineData("-1", "'-1'")]
    [InlineData("0,0", "twice")]
    [InlineData("0-2,1", "twice")]
    public void TryParseIds_Malformed_SaysWhatIsWrongNamingTheKey(string text, string detail)
    {
        var problem = ShardSettings.TryParseIds(text, out _);

        Assert.NotNull(problem);
        Assert.StartsWith("Discord:ShardIds", problem, StringComparison.Ordinal);
        Assert.Contains(detail, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1200000000000000002UL, 2, 1)]
    [InlineData(1200000000000524288UL, 2, 0)]
    [InlineData(1200000000000000002UL, 1, 0)]
    [InlineData(null, 4, 0)]
    public void ShardOf_FollowsDiscordsFormula_DmsOnShard0(ulong? guild, int count, int expected) =>
        Assert.Equal(expected, ShardSettings.ShardOf(guild, count));

    [Theory]
    [InlineData("--Discord:ShardCount=0", "--Discord:ShardIds=", "Discord:ShardCount")]
    [InlineData("--Discord:ShardCount=many", "--Discord:ShardIds=", "Discord:ShardCount")]
    [InlineData("--Discord:ShardCount=2", "--Discord:ShardIds=0-2", "Discord:ShardIds")]
    [InlineData("--Discord:ShardCount=4", "--Discord:ShardIds=1,1", "Discord:ShardIds")]
    [InlineData("--Discord:ShardCount=auto", "--Discord:ShardIds=1-x", "Discord:ShardIds")]
    public async Task BadShardSetting_StopsStartUpNamingTheKey(string count, string ids, string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => DiscordHost.StartAsync(folder: folder, settings: [count, ids]));

        Assert.Contains(key, StartupFailure.Explain(error), StringComparison.Ordinal);
    }
}
