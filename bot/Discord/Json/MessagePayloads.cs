using System.Text.Json;
using System.Text.Json.Serialization;

namespace StudyBot.Discord.Json;

internal sealed record InteractionCallback(int Type, ResponseData? Data);

// One shape for every body the bot sends about a message, an autocomplete result or a modal;
// null fields are left out.
internal sealed record ResponseData
{
    public string? Content { get; init; }

    public IReadOnlyList<EmbedPayload>? Embeds { get; init; }

    public IReadOnlyList<ComponentPayload>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<AttachmentPayload>? Attachments { get; init; }

    public IReadOnlyList<ChoicePayload>? Choices { get; init; }

    public string? CustomId { get; init; }

    public string? Title { get; init; }
}

internal sealed record AllowedMentions([property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] IReadOnlyList<string> Parse)
{
    public static readonly AllowedMentions None = new([]);
}

internal sealed record EmbedPayload(string? Title, string? Description, IReadOnlyList<EmbedFieldPayload>? Fields, EmbedFooterPayload? Footer, int? Color, string Type = "rich");

internal sealed record EmbedFieldPayload(string Name, string Value, bool Inline);

internal sealed record EmbedFooterPayload(string Text);

internal sealed record ComponentPayload(int Type)
{
    public IReadOnlyList<ComponentPayload>? Components { get; init; }

    public ComponentPayload? Component { get; init; }

    public string? CustomId { get; init; }

    public string? Label { get; init; }

    public int? Style { get; init; }

    public bool? Disabled { get; init; }

    public IReadOnlyList<SelectOptionPayload>? Options { get; init; }

    public string? Placeholder { get; init; }

    public int? MinValues { get; init; }

    public int? MaxValues { get; init; }

    public int? MaxLength { get; init; }

    // A text input's pre-filled text.
    public string? Value { get; init; }

    public bool? Required { get; init; }
}

internal sealed record SelectOptionPayload(string Label, string Value, string? Description);

internal sealed record AttachmentPayload(int Id, string Filename, string? Description);

internal sealed record ChoicePayload(string Name, JsonElement Value);

internal sealed record DiscordErrorBody(int Code, string? Message);

internal sealed record RateLimitedBody(double RetryAfter, bool Global, string? Message);

// The part of a created message the bot keeps: its id, for later edits.
internal sealed record CreatedMessage(string Id);
