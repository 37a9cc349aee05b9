namespace StudyBot.Commands;

internal enum Access
{
    Everyone,
    Teachers,
    Managers,
}

// Values match Discord's application command option types, so the Discord adapter can send them as they are.
internal enum OptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

internal sealed record OptionChoice(string Name, object Value);

internal sealed record OptionDefinition(
    string Name,
    string Description,
    OptionType Type,
    bool Required = false,
    IReadOnlyList<OptionChoice>? Choices = null,
    double? MinValue = null,
    double? MaxValue = null,
    int? MaxLength = null,
    bool Autocomplete = false,
    IReadOnlyList<OptionDefinition>? Options = null)
{
    public IReadOnlyList<OptionChoice> ChoiceList => Choices ?? [];

    public IReadOnlyList<OptionDefinition> SubOptions => Options ?? [];

    public bool IsSubCommand => Type is OptionType.SubCommand or OptionType.SubCommandGroup;
}

internal sealed record CommandDefinition(
    string Name,
    string Description,
    IReadOnlyList<OptionDefinition> Options,
    Access Access = Access.Everyone);
