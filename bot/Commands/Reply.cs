namespace StudyBot.Commands;

internal enum ReplyMode
{
    // A new message in answer to the interaction.
    NewMessage,

    // Replace the message the clicked component sits on.
    UpdateMessage,
}

// What a handler answers. Transports render it; none of them ever lets it ping anyone.
internal sealed record Reply
{
    public string? Text { get; init; }

    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    public IReadOnlyList<ComponentRow> Components { get; init; } = [];

    public IReadOnlyList<FileAttachment> Files { get; init; } = [];

    public bool Ephemeral { get; init; }

    public ReplyMode Mode { get; init; } = ReplyMode.NewMessage;

    // When set, the transport opens this modal instead of posting a message.
    public Modal? Modal { get; init; }

    public static Reply Message(string text, bool ephemeral = false) => new() { Text = text, Ephemeral = ephemeral };

    // Expected failures ("no such source") are private answers, not exceptions.
    public static Reply Problem(string text) => new() { Text = text, Ephemeral = true };
}

internal sealed record Embed(
    string? Title,
    string? Description,
    IReadOnlyList<EmbedField> Fields,
    string? Footer = null,
    int? Color = null);

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record FileAttachment(string FileName, string ContentType, ReadOnlyMemory<byte> Content, string? Description = null);

internal enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
}

internal abstract record Component(string CustomId);

internal sealed record Button(string CustomId, string Label, ButtonStyle Style = ButtonStyle.Secondary, bool Disabled = false)
    : Component(CustomId);

internal sealed record SelectOption(string Label, string Value, string? Description = null);

internal sealed record SelectMenu(string CustomId, IReadOnlyList<SelectOption> Options, string? Placeholder = null, int MinValues = 1, int MaxValues = 1)
    : Component(CustomId);

// A row holds up to five buttons or a single select menu.
internal sealed record ComponentRow(IReadOnlyList<Component> Items);

// Value pre-fills the input, e.g. with the question a student already named.
internal sealed record TextInput(string CustomId, string Label, bool Paragraph, bool Required = true, int? MaxLength = null, string? Placeholder = null, string? Value = null);

internal sealed record Modal(string CustomId, string Title, IReadOnlyList<TextInput> Inputs);
