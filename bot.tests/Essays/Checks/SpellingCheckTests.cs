using StudyBot.Essays.Checks;
using StudyBot.Essays;
using StudyBot.Text;

namespace StudyBot.Tests.Essays.Checks;

public sealed class SpellingCheckTests
{
    private static EssayCheck? Spelling(string sentence, params string[] keyTerms) =>
        EssayAnalyzer.Analyze($"I think the plans caused conflict.\n\n{sentence} This meant anger.", new EssayPrompt("Why was there conflict?", keyTerms)).Check("spelling");

    [Theory]
    [InlineData("Why was their conflict with the managers?", "Why was their")]
    [InlineData("Their was a lot of anger.", "Their was")]
    [InlineData("Workers lost there homes and jobs.", "there homes")]
    [InlineData("There going to strike.", "There going to")]
    [InlineData("The conflict bewteen them grew.", "bewteen")]
    [InlineData("The goverment set targets.", "goverment")]
    [InlineData("He was accused of sabotaged machines.", "of sabotaged")]
    [InlineData("They could of refused.", "could of")]
    [InlineData("Targets were higher then before.", "higher then")]
    public void Run_CommonConfusion_IsFlaggedWithItsWords(string sentence, string words)
    {
        var check = Spelling(sentence);

        Assert.False(check?.Passed);
        Assert.Contains($"“{words}”", check!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Their homes were cold and there was no food.")]
    [InlineData("This was their chance to earn more.")]
    [InlineData("Workers were accused of sabotaging machines.")]
    [InlineData("Socialist realism showed socialism as happy.")]
    public void Run_CorrectUse_IsNotFlagged(string sentence)
    {
        Assert.True(Spelling(sentence, "socialist realism", "Stakhanovite")?.Passed);
    }

    [Theory]
    [InlineData("The Stakanovites were rewarded.", "Stakanovites", "Stakhanovite")]
    [InlineData("Collectivsation hurt peasants.", "Collectivsation", "collectivisation")]
    public void Run_MisspeltPackTerm_IsFlaggedAgainstTheTerm(string sentence, string wrong, string term)
    {
        var check = Spelling(sentence, term);

        Assert.False(check?.Passed);
        Assert.Contains($"“{wrong}”", check!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("between", "bewteen", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("same", "same", 0)]
    [InlineData("collectivisation", "colectivisation", 1)]
    public void Within_TwoWords_CountsEditsWithSwapsAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, Damerau.Distance(a, b, 5));
    }

    [Fact]
    public void Within_BeyondLimit_StopsAtLimitPlusOne()
    {
        Assert.Equal(2, Damerau.Distance("abcdefgh", "zyxwvuts", 1));
    }
}
