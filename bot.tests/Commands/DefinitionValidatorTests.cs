using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class DefinitionValidatorTests
{
    private static OptionDefinition Text(string name, bool required = false) => new(name, "Some text", OptionType.String, required);

    public static TheoryData<string, string> Broken()
    {
        return new TheoryData<string, string>
        {
            { "Upper", "must be 1-32 lowercase" },
            { "has space", "must be 1-32 lowercase" },
            { new string('a', 33), "must be 1-32 lowercase" },
            { "", "must be 1-32 lowercase" },
            { "empty-description", "description must be 1-100" },
            { "long-description", "description must be 1-100" },
            { "too-many-options", "26 options; Discord allows 25" },
            { "too-many-choices", "26 choices; Discord allows 25" },
            { "required-after-optional", "comes after an optional one" },
            { "autocomplete-with-choices", "autocomplete cannot be combined" },
            { "duplicate-option", "is defined twice" },
            { "deep-nesting", "nest at most" },
            { "mixed", "cannot be mixed" },
            { "long-choice-value", "longer than 100 characters" },
            { "min-above-max", "min_value is above max_value" },
        };
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenDefinition_NamesTheProblem(string name, string expected)
    {
        var errors = DefinitionValidator.Validate(Definition(name));

        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("source")]
    [InlineData("quiz-start")]
    [InlineData("élève")]
    [InlineData("don't")]
    [InlineData("a")]
    public void Validate_GoodDefinition_HasNoErrors(string name)
    {
        var definition = new CommandDefinition(name, "Does a thing", [Text("first", required: true), Text("second")]);

        Assert.Empty(DefinitionValidator.Validate(definition));
    }

    [Fact]
    public void Validate_GroupWithSubcommands_IsAllowed()
    {
        var sub = new OptionDefinition("start", "Start it", OptionType.SubCommand, Options: [Text("pack", required: true)]);
        var group = new OptionDefinition("session", "Sessions", OptionType.SubCommandGroup, Options: [sub]);

        Assert.Empty(DefinitionValidator.Validate(new CommandDefinition("teach", "Teaching", [group])));
    }

    private static CommandDefinition Definition(string name)
    {
        var sub = new OptionDefinition("leaf", "Leaf", OptionType.SubCommand);
        return name switch
        {
            "empty-description" => new(name, "", []),
            "long-description" => new(name, new string('d', 101), []),
            "too-many-options" => new(name, "Many", [.. Enumerable.Range(0, 26).Select(i => Text("o" + i))]),
            "too-many-choices" => new(name, "Many", [new OptionDefinition("pick", "Pick", OptionType.String, Choices: [.. Enumerable.Range(0, 26).Select(i => new OptionChoice("c" + i, "v" + i))])]),
            "required-after-optional" => new(name, "Order", [Text("optional"), Text("required", required: true)]),
            "autocomplete-with-choices" => new(name, "Both", [new OptionDefinition("pick", "Pick", OptionType.String, Choices: [new("a", "a")], Autocomplete: true)]),
            "duplicate-option" => new(name, "Twice", [Text("same"), Text("same")]),
            "deep-nesting" => new(name, "Deep", [new OptionDefinition("g", "Group", OptionType.SubCommandGroup, Options: [new OptionDefinition("s", "Sub", OptionType.SubCommand, Options: [sub])])]),
            "mixed" => new(name, "Mixed", [sub, Text("plain")]),
            "long-choice-value" => new(name, "Long", [new OptionDefinition("pick", "Pick", OptionType.String, Choices: [new("a", new string('v', 101))])]),
            "min-above-max" => new(name, "Range", [new OptionDefinition("n", "Number", OptionType.Integer, MinValue: 10, MaxValue: 1)]),
            _ => new(name, "A command", []),
        };
    }
}
