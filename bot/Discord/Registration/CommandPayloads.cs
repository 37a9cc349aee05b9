using StudyBot.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Registration;

// The command layer's definitions as Discord's application-command JSON.
internal static class CommandPayloads
{
    public static IReadOnlyList<ApplicationCommandPayload> From(IEnumerable<CommandDefinition> definitions) =>
        [.. definitions.Select(d => new ApplicationCommandPayload(d.Name, d.Description, 1, Options(d.Options), Permissions(d.Access)))];

    // Discord hides the command from members without these bits; the bot still checks them itself.
    private static string? Permissions(Access access) => access switch
    {
        Access.Managers => ((ulong)Commands.Permissions.ManageGuild).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static IReadOnlyList<CommandOptionPayload>? Options(IReadOnlyList<OptionDefinition> options) =>
        options.Count == 0 ? null : [.. options.Select(Option)];

    private static CommandOptionPayload Option(OptionDefinition option) => new(
        (int)option.Type,
        option.Name,
        option.Description,
        option.IsSubCommand ? null : option.Required,
        option.ChoiceList.Count == 0 ? null : [.. option.ChoiceList.Select(c => new ChoicePayload(c.Name, ReplyMapper.ChoiceValue(c.Value)))],
        option.MinValue,
        option.MaxValue,
        option.MaxLength,
        option.Autocomplete ? true : null,
        Options(option.SubOptions));
}
