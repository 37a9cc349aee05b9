using System.Globalization;
using System.Text.Json;
using StudyBot.Commands;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Interactions;

// Turns Discord's Interaction object into the command layer's contexts.
internal static class InteractionMapper
{
    public static Origin Origin(InteractionPayload payload, DateTimeOffset receivedAt, IReadOnlyCollection<ulong>? teacherRoles = null)
    {
        // In a guild the invoker is member.user (with channel permissions); in a DM it is user.
        var user = payload.Member?.User ?? payload.User ?? throw new JsonException("the interaction names no user");
        var permissions = ulong.TryParse(payload.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0;
        var roles = (payload.Member?.Roles ?? []).Select(Snowflake).ToList();
        var name = payload.Member?.Nick ?? user.GlobalName ?? user.Username ?? user.Id;
        var teacher = teacherRoles is { Count: > 0 } && roles.Any(teacherRoles.Contains);
        var actor = new Actor(Snowflake(user.Id), name, (Permissions)permissions, roles, teacher);
        var channel = payload.ChannelId ?? payload.Channel?.Id;
        return new Origin(payload.Id, actor, payload.GuildId is { } guild ? Snowflake(guild) : null, channel is null ? 0 : Snowflake(channel), receivedAt);
    }

    public static CommandContext Command(InteractionPayload payload, Origin origin)
    {
        var (sub, leaf) = Leaf(payload.Data?.Options);
        return new CommandContext(origin, payload.Data?.Name ?? "", sub, Values(leaf)) { Attachments = Attachments(payload.Data?.Resolved) };
    }

    // Only web addresses are taken: a file:// or other scheme in a payload is never read.
    private static Dictionary<string, AttachmentInfo> Attachments(ResolvedPayload? resolved)
    {
        var attachments = new Dictionary<string, AttachmentInfo>(StringComparer.Ordinal);
        foreach (var (id, file) in resolved?.Attachments ?? new Dictionary<string, ResolvedAttachment>())
        {
            if (Uri.TryCreate(file.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            {
                attachments[id] = new AttachmentInfo(id, file.Filename, file.Size, file.ContentType, url);
            }
        }

        return attachments;
    }

    public static AutocompleteContext Autocomplete(InteractionPayload payload, Origin origin)
    {
        var (sub, leaf) = Leaf(payload.Data?.Options);
        var focused = leaf.FirstOrDefault(o => o.Focused == true);
        var text = focused?.Value is { ValueKind: JsonValueKind.String } value ? value.GetString() ?? "" : focused?.Value?.ToString() ?? "";
        return new AutocompleteContext(origin, payload.Data?.Name ?? "", sub, focused?.Name ?? "", text, Values(leaf.Where(o => o != focused)));
    }

    public static ComponentContext Component(InteractionPayload payload, Origin origin) =>
        new(origin, payload.Data?.CustomId ?? "", payload.Data?.Values ?? []);

    public static ModalContext Modal(InteractionPayload payload, Origin origin)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in Inputs(payload.Data?.Components ?? []))
        {
            if (input.CustomId is { } id)
            {
                fields[id] = input.Value ?? string.Join(",", input.Values ?? []);
            }
        }

        return new ModalContext(origin, payload.Data?.CustomId ?? "", fields);
    }

    // Both shapes: Label (18) → component, and the legacy action row (1) → components.
    private static IEnumerable<ModalComponentPayload> Inputs(IEnumerable<ModalComponentPayload> components)
    {
        foreach (var component in components)
        {
            if (component.Component is { } inner)
            {
                yield return inner;
            }

            foreach (var child in component.Components ?? [])
            {
                yield return child;
            }

            if (component.Type != 1 && component.Type != 18)
            {
                yield return component;
            }
        }
    }

    // Walks subcommand groups and subcommands down to the options of the leaf.
    private static (string? SubCommand, IReadOnlyList<OptionPayload> Leaf) Leaf(IReadOnlyList<OptionPayload>? options)
    {
        var path = new List<string>();
        var current = options ?? [];
        while (current is [{ Type: 1 or 2 } sub])
        {
            path.Add(sub.Name);
            current = sub.Options ?? [];
        }

        return (path.Count == 0 ? null : string.Join(' ', path), current);
    }

    private static CommandOptions Values(IEnumerable<OptionPayload> options)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (option.Value is { } value && Value((OptionType)option.Type, value) is { } typed)
            {
                values[option.Name] = typed;
            }
        }

        return new CommandOptions(values);
    }

    private static object? Value(OptionType type, JsonElement value) => (type, value.ValueKind) switch
    {
        (OptionType.Integer, JsonValueKind.Number) when value.TryGetInt64(out var whole) => whole,
        (OptionType.Number or OptionType.Integer, JsonValueKind.Number) => value.GetDouble(),
        (OptionType.Boolean, JsonValueKind.True or JsonValueKind.False) => value.GetBoolean(),
        (_, JsonValueKind.String) => value.GetString(),
        (_, JsonValueKind.Number) => value.GetRawText(),
        _ => null,
    };

    private static ulong Snowflake(string id) => ulong.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);
}
