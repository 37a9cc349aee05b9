namespace StudyBot.Discord.Json;

internal sealed record ApplicationCommandPayload(
    string Name,
    string Description,
    int Type,
    IReadOnlyList<CommandOptionPayload>? Options,
    string? DefaultMemberPermissions);

internal sealed record CommandOptionPayload(
    int Type,
    string Name,
    string Description,
    bool? Required,
    IReadOnlyList<ChoicePayload>? Choices,
    double? MinValue,
    double? MaxValue,
    int? MaxLength,
    bool? Autocomplete,
    IReadOnlyList<CommandOptionPayload>? Options);

internal sealed record RegisteredCommand(string Id, string Name);
