using StudyBot.Console;

namespace StudyBot.Tests.Console;

public class ConsoleLineParserTests
{
    [Theory]
    [InlineData("/source query:coal", "source", "", "query=coal")]
    [InlineData("/source query:\"five year plan\"", "source", "", "query=five year plan")]
    [InlineData("/SOURCE Query:Coal", "source", "", "query=Coal")]
    [InlineData("/source query:“five year”", "source", "", "query=five year")]
    [InlineData("/quiz start pack:stalin-workers count:5", "quiz", "start", "pack=stalin-workers;count=5")]
    [InlineData("/source query:\"a:b\"", "source", "", "query=a:b")]
    [InlineData("/source query:\"say \\\"hi\\\"\"", "source", "", "query=say \"hi\"")]
    [InlineData("/source query:Stalin's", "source", "", "query=Stalin's")]
    [InlineData("   /help   ", "help", "", "")]
    [InlineData("/source query:", "source", "", "query=")]
    public void Parse_TypedLine_GivesCommandWordsAndOptions(string line, string command, string words, string options)
    {
        var parsed = ConsoleLineParser.Parse(line, out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(command, parsed.Command);
        Assert.Equal(words, string.Join(' ', parsed.Words));
        Assert.Equal(options, string.Join(';', parsed.Options.Select(o => $"{o.Key}={o.Value}")));
    }

    [Theory]
    [InlineData("source query:coal", "start with a slash")]
    [InlineData("/", "start with a slash")]
    [InlineData("/source query:\"unclosed", "was opened but not closed")]
    [InlineData("/source query:coal stray", "'stray' is not an option")]
    public void Parse_MalformedLine_ExplainsWhatIsWrong(string line, string expected)
    {
        var parsed = ConsoleLineParser.Parse(line, out var error);

        Assert.Null(parsed);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
