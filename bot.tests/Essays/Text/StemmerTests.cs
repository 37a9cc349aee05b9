using StudyBot.Essays.Text;

namespace StudyBot.Tests.Essays.Text;

public sealed class StemmerTests
{
    [Theory]
    [InlineData("workers", "worker")]
    [InlineData("worker's", "worker")]
    [InlineData("Workers’", "worker")]
    [InlineData("banned", "ban")]
    [InlineData("banning", "ban")]
    [InlineData("industrialisation", "industrialization")]
    [InlineData("industrialised", "industrialise")]
    [InlineData("Stakhanovites", "Stakhanovite")]
    [InlineData("purges", "purged")]
    [InlineData("conflicts", "conflict")]
    [InlineData("policies", "policy")]
    public void Stem_Variants_MeetAtOneStem(string a, string b)
    {
        Assert.Equal(Stemmer.Stem(a), Stemmer.Stem(b));
    }

    [Theory]
    [InlineData("class", "class")]
    [InlineData("crisis", "crisis")]
    [InlineData("bus", "bus")]
    public void Stem_WordsEndingInS_AreNotPlurals(string word, string stem)
    {
        Assert.Equal(stem, Stemmer.Stem(word));
    }
}
