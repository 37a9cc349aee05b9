using System.Text.Json;
using StudyBot.Commands;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Interactions;

// Renders the command layer's Reply as Discord JSON. Every message carries allowed_mentions with an
// empty parse list: the bot echoes student text and must never ping anyone.
internal static class ReplyMapper
{
    public const int Ephemeral = 1 << 6;

    public static ResponseData Message(Reply reply) => new()
    {
        Content = reply.Text,
        Embeds = [.. reply.Embeds.Select(Embed)],
        Components = [.. reply.Components.Select(Row)],
        AllowedMentions = AllowedMentions.None,
        Flags = reply.Ephemeral ? Ephemeral : null,
        Attachments = reply.Files.Count == 0 ? null : [.. reply.Files.Select((f, i) => new AttachmentPayload(i, f.FileName, f.Description))],
    };

    public static ResponseData Modal(Modal modal) => new()
    {
        CustomId = modal.CustomId,
        Title = modal.Title,
        Components = [.. modal.Inputs.Select(input => new ComponentPayload(18)
        {
            Label = input.Label,
            Component = new ComponentPayload(4)
            {
                CustomId = input.CustomId,
                Style = input.Paragraph ? 2 : 1,
                Required = input.Required,
                MaxLength = input.MaxLength,
                Placeholder = input.Placeholder,
                Value = input.Value,
            },
        })],
    };

    public static ResponseData Choices(IReadOnlyList<OptionChoice> choices) => new()
    {
        Choices = [.. choices.Select(c => new ChoicePayload(c.Name, ChoiceValue(c.Value)))],
    };

    public static JsonElement ChoiceValue(object value) => value switch
    {
        long whole => JsonSerializer.SerializeToElement(whole, DiscordJson.Default.Int64),
        int whole => JsonSerializer.SerializeToElement((long)whole, DiscordJson.Default.Int64),
        double number => JsonSerializer.SerializeToElement(number, DiscordJson.Default.Double),
        _ => JsonSerializer.SerializeToElement(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "", DiscordJson.Default.String),
    };

    private static EmbedPayload Embed(Embed embed) => new(
        embed.Title,
        embed.Description,
        embed.Fields.Count == 0 ? null : [.. embed.Fields.Select(f => new EmbedFieldPayload(f.Name, f.Value, f.Inline))],
        embed.Footer is null ? null : new EmbedFooterPayload(embed.Footer),
        embed.Color);

    private static ComponentPayload Row(ComponentRow row) => new(1) { Components = [.. row.Items.Select(Item)] };

    private static ComponentPayload Item(Component item) => item switch
    {
        Button button => new ComponentPayload(2) { CustomId = button.CustomId, Label = button.Label, Style = (int)button.Style, Disabled = button.Disabled ? true : null },
        SelectMenu menu => new ComponentPayload(3)
        {
            CustomId = menu.CustomId,
            Placeholder = menu.Placeholder,
            MinValues = menu.MinValues,
            MaxValues = menu.MaxValues,
            Options = [.. menu.Options.Select(o => new SelectOptionPayload(o.Label, o.Value, o.Description))],
        },
        _ => throw new NotSupportedException($"No Discord form for {item.GetType().Name}"),
    };
}
