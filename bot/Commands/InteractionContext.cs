namespace StudyBot.Commands;

// Who acted and where. GuildId is null in direct messages.
internal sealed record Origin(string InteractionId, Actor User, ulong? GuildId, ulong ChannelId, DateTimeOffset ReceivedAt);

// SubCommand is "group sub" or "sub" when the command has subcommands; options are those of the leaf.
internal sealed record CommandContext(Origin Origin, string CommandName, string? SubCommand, CommandOptions Options)
{
    public Actor User => Origin.User;

    // Files given to attachment options, keyed by the id the option's value holds.
    public IReadOnlyDictionary<string, AttachmentInfo> Attachments { get; init; } = new Dictionary<string, AttachmentInfo>();

    public AttachmentInfo? Attachment(string option) =>
        Options.GetString(option) is { } id ? Attachments.GetValueOrDefault(id) : null;
}

internal sealed record ComponentContext(Origin Origin, string CustomId, IReadOnlyList<string> Values)
{
    public Actor User => Origin.User;

    // Custom ids read "command:rest"; the part after the command name belongs to its handler.
    public string Payload => CustomId[(CustomId.IndexOf(':', StringComparison.Ordinal) + 1)..];
}

internal sealed record ModalContext(Origin Origin, string CustomId, IReadOnlyDictionary<string, string> Fields)
{
    public Actor User => Origin.User;

    public string Payload => CustomId[(CustomId.IndexOf(':', StringComparison.Ordinal) + 1)..];
}

internal sealed record AutocompleteContext(Origin Origin, string CommandName, string? SubCommand, string FocusedOption, string Text, CommandOptions Options);
