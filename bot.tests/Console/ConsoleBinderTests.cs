using StudyBot.Commands;
using StudyBot.Console;

namespace StudyBot.Tests.Console;

public class ConsoleBinderTests
{
    private static readonly CommandDefinition Flat = new("source", "Sources", [
        new("query", "Words", OptionType.String),
        new("count", "How many", OptionType.Integer),
        new("ratio", "A number", OptionType.Number),
        new("public", "Show everyone", OptionType.Boolean),
        new("title", "A title", OptionType.String, Autocomplete: true),
    ]);

    private static readonly CommandDefinition WithSubcommands = new("quiz", "Quizzes", [
        new("start", "Start", OptionType.SubCommand, Options: [new("count", "How many", OptionType.Integer)]),
        new("stop", "Stop", OptionType.SubCommand),
    ]);

    private static BoundCommand? Bind(CommandDefinition definition, string line, out string? error) =>
        ConsoleBinder.Bind(ConsoleLineParser.Parse(line, out _)!, definition, out error);

    [Fact]
    public void Bind_TypedValues_ConvertLikeDiscordSendsThem()
    {
        var bound = Bind(Flat, "/source query:coal count:3 ratio:0.5 public:yes", out var error);

        Assert.Null(error);
        Assert.Equal("coal", bound!.Options.Values["query"]);
        Assert.Equal(3L, bound.Options.Values["count"]);
        Assert.Equal(0.5, bound.Options.Values["ratio"]);
        Assert.Equal(true, bound.Options.Values["public"]);
    }

    [Theory]
    [InlineData("/source colour:red", "has no option 'colour'")]
    [InlineData("/source count:three", "'count' must be a whole number; 'three' is not")]
    [InlineData("/source ratio:NaN", "'ratio' must be a number")]
    [InlineData("/source public:maybe", "'public' must be true or false")]
    [InlineData("/source query:a query:b", "'query' is given twice")]
    [InlineData("/source coal", "has no subcommand 'coal'")]
    public void Bind_BadOption_Explains(string line, string expected)
    {
        Assert.Null(Bind(Flat, line, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_Subcommand_UsesItsOptions()
    {
        var bound = Bind(WithSubcommands, "/quiz start count:4", out _);

        Assert.Equal("start", bound!.SubCommand);
        Assert.Equal(4L, bound.Options.Values["count"]);
    }

    [Fact]
    public void Bind_MissingSubcommand_ListsThem()
    {
        Assert.Null(Bind(WithSubcommands, "/quiz", out var error));
        Assert.Contains("needs one of: start, stop", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_QuestionMarkOnAutocompleteOption_AsksForSuggestions()
    {
        var bound = Bind(Flat, "/source title:stal?", out _);

        Assert.Equal("title", bound!.Autocomplete!.Name);
        Assert.Equal("stal", bound.AutocompleteText);
    }
}
