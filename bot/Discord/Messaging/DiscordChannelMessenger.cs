using StudyBot.Commands;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Messaging;

// Posts and edits channel messages through REST with the same mapping as interaction replies,
// so allowed_mentions is empty here too. Ephemeral has no meaning outside an interaction.
internal sealed class DiscordChannelMessenger(DiscordApi api) : IChannelMessenger
{
    public async Task<string> PostAsync(ulong channelId, Reply message, CancellationToken cancellationToken) =>
        (await api.CreateMessageAsync(channelId, ReplyMapper.Message(message with { Ephemeral = false }), message.Files, cancellationToken)).Id;

    public Task EditAsync(ulong channelId, string messageId, Reply message, CancellationToken cancellationToken) =>
        api.EditMessageAsync(channelId, messageId, ReplyMapper.Message(message with { Ephemeral = false }), message.Files, cancellationToken);
}
