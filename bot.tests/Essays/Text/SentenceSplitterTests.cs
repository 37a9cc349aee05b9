using StudyBot.Essays;
using StudyBot.Essays.Text;

namespace StudyBot.Tests.Essays.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Stalin took power. He wanted change.", new[] { "Stalin took power.", "He wanted change." })]
    [InlineData("Output rose by 35.4 per cent. Workers suffered.", new[] { "Output rose by 35.4 per cent.", "Workers suffered." })]
    [InlineData("Many towns, e.g. Magnitogorsk, were new. Life was hard.", new[] { "Many towns, e.g. Magnitogorsk, were new.", "Life was hard." })]
    [InlineData("Quotas rose, i.e. workers had to do more. They complained.", new[] { "Quotas rose, i.e. workers had to do more.", "They complained." })]
    [InlineData("Mr. Stakhanov and Dr. Ivanov met in St. Petersburg. They talked.", new[] { "Mr. Stakhanov and Dr. Ivanov met in St. Petersburg.", "They talked." })]
    [InlineData("The plan began c. 1928 in Moscow. It failed.", new[] { "The plan began c. 1928 in Moscow.", "It failed." })]
    [InlineData("Source 2 on p. 88 shows this. It is useful.", new[] { "Source 2 on p. 88 shows this.", "It is useful." })]
    [InlineData("They built dams, canals, etc. The cost was high.", new[] { "They built dams, canals, etc.", "The cost was high." })]
    [InlineData("They built dams, canals, etc. and many roads.", new[] { "They built dams, canals, etc. and many roads." })]
    [InlineData("1. Firstly the targets were too high.", new[] { "1. Firstly the targets were too high." })]
    [InlineData("Stalin said “We are behind. We must catch up.” This shows fear.", new[] { "Stalin said “We are behind. We must catch up.”", "This shows fear." })]
    [InlineData("He said 'work harder. now.' and left. Workers obeyed.", new[] { "He said 'work harder. now.' and left.", "Workers obeyed." })]
    [InlineData("Stalin’s plans were hard. The workers’ lives suffered.", new[] { "Stalin’s plans were hard.", "The workers’ lives suffered." })]
    [InlineData("Was it fair? No! It was not.", new[] { "Was it fair?", "No!", "It was not." })]
    [InlineData("The workers waited... and waited. Then it ended...", new[] { "The workers waited... and waited.", "Then it ended..." })]
    [InlineData("no punctuation at all just words", new[] { "no punctuation at all just words" })]
    [InlineData("The U.S.S.R. was huge. It grew.", new[] { "The U.S.S.R. was huge.", "It grew." })]
    [InlineData("斯大林掌权了。工人很辛苦。", new[] { "斯大林掌权了。", "工人很辛苦。" })]
    public void Split_Paragraph_ReturnsSentences(string paragraph, string[] expected)
    {
        var ranges = SentenceSplitter.Split(paragraph, new TextRange(0, paragraph.Length));

        Assert.Equal(expected, ranges.Select(r => r.Of(paragraph)));
    }

    [Fact]
    public void Split_OnlyPunctuation_ReturnsNoSentences()
    {
        const string text = "... !!! ---";

        Assert.Empty(SentenceSplitter.Split(text, new TextRange(0, text.Length)));
    }
}
