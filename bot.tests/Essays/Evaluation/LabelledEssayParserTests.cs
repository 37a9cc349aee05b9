using StudyBot.Essays;
using StudyBot.Essays.Evaluation;

namespace StudyBot.Tests.Essays.Evaluation;

public sealed class LabelledEssayParserTests
{
    private const string Sample = """
        # a comment
        question: Why was there conflict?
        key_terms: Five-Year Plan; labour books
        quality: weak
        paragraphs: introduction, body
        sentence: 2 | In 1932 | evidence | explanation
        sentence: 2 | Workers | -
        ---
        Intro.

        In 1932 coal rose. Workers sang.
        """;

    [Fact]
    public void Parse_Sample_ReadsHeaderAndText()
    {
        var essay = LabelledEssayParser.Parse("sample", Sample);

        Assert.Equal("Why was there conflict?", essay.Question?.Text);
        Assert.Equal(["Five-Year Plan", "labour books"], essay.Question?.KeyTerms);
        Assert.Equal("weak", essay.Quality);
        Assert.Equal([ParagraphRole.Introduction, ParagraphRole.Body], essay.Paragraphs);
        Assert.Equal("Intro.\n\nIn 1932 coal rose. Workers sang.", essay.Text);
        Assert.Equal([SentenceRole.Evidence], essay.Sentences[0].Required);
        Assert.Equal([SentenceRole.Explanation], essay.Sentences[0].Also);
        Assert.Empty(essay.Sentences[1].Expected);
    }

    [Theory]
    [InlineData("question: x\nno separator", "no '---'")]
    [InlineData("paragraphs: intro\n---\ntext", "unknown paragraph role 'intro'")]
    [InlineData("sentence: 1 | x | proof\n---\ntext", "unknown sentence role 'proof'")]
    [InlineData("sentence: one | x | point\n---\ntext", "line 1")]
    [InlineData("colour: red\n---\ntext", "unknown key 'colour'")]
    public void Parse_BadHeader_ThrowsNamingFileAndProblem(string content, string expected)
    {
        var error = Assert.Throws<FormatException>(() => LabelledEssayParser.Parse("bad.essay", content));

        Assert.Contains("bad.essay", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
