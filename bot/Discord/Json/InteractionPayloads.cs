using System.Text.Json;

namespace StudyBot.Discord.Json;

// The parts of Discord's Interaction object that StudyBot reads; unknown fields are ignored.
internal sealed record InteractionPayload(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data,
    string? GuildId,
    string? ChannelId,
    ChannelRef? Channel,
    MemberPayload? Member,
    UserPayload? User);

internal sealed record ChannelRef(string Id);

internal sealed record MemberPayload(UserPayload? User, IReadOnlyList<string>? Roles, string? Permissions, string? Nick);

internal sealed record UserPayload(string Id, string? Username, string? GlobalName);

internal sealed record InteractionData(
    string? Name,
    IReadOnlyList<OptionPayload>? Options,
    string? CustomId,
    int? ComponentType,
    IReadOnlyList<string>? Values,
    IReadOnlyList<ModalComponentPayload>? Components,
    ResolvedPayload? Resolved = null);

// Only the resolved attachments are read: an ATTACHMENT option's value is the id of one of them.
internal sealed record ResolvedPayload(IReadOnlyDictionary<string, ResolvedAttachment>? Attachments);

internal sealed record ResolvedAttachment(string Id, string Filename, long Size, string Url, string? ContentType);

internal sealed record OptionPayload(string Name, int Type, JsonElement? Value, IReadOnlyList<OptionPayload>? Options, bool? Focused);

// Label (18) wraps one component; a legacy action row (1) wraps several; text inputs (4) carry the value.
internal sealed record ModalComponentPayload(
    int Type,
    string? CustomId,
    string? Value,
    IReadOnlyList<string>? Values,
    ModalComponentPayload? Component,
    IReadOnlyList<ModalComponentPayload>? Components);
