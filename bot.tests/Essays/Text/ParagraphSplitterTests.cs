using StudyBot.Essays.Text;

namespace StudyBot.Tests.Essays.Text;

public sealed class ParagraphSplitterTests
{
    [Theory]
    [InlineData("One.\n\nTwo.", new[] { "One.", "Two." })]
    [InlineData("One.\nTwo.\r\nThree.", new[] { "One.", "Two.", "Three." })]
    [InlineData("  One.  \n \n\n\t Two. ", new[] { "One.", "Two." })]
    [InlineData("The plans set targets that were\nimpossible to meet.\nWorkers suffered.", new[] { "The plans set targets that were\nimpossible to meet.", "Workers suffered." })]
    [InlineData("", new string[0])]
    [InlineData("\n\n \n", new string[0])]
    public void Split_Text_ReturnsParagraphs(string text, string[] expected)
    {
        Assert.Equal(expected, ParagraphSplitter.Split(text).Select(r => r.Of(text)));
    }

    [Theory]
    [InlineData("Why Was There Conflict Between the Workers and Stalin?\n\nStalin took power.", true)]
    [InlineData("The Five-Year Plans\n\nStalin took power.", true)]
    [InlineData("Stalin took power in 1928.\n\nHe set targets.", false)]
    [InlineData("The Five-Year Plans", false)]
    public void IsTitle_FirstParagraph_DecidesByShapeAndEnding(string text, bool expected)
    {
        var paragraphs = ParagraphSplitter.Split(text);

        Assert.Equal(expected, ParagraphSplitter.IsTitle(text, paragraphs[0], paragraphs.Count));
    }
}
