using System.Text.Json.Serialization.Metadata;
using StudyBot.Commands;
using StudyBot.Discord.Json;

namespace StudyBot.Discord.Rest;

// The handful of Discord routes StudyBot uses, each with its rate-limit route and major parameter.
internal sealed class DiscordApi(DiscordRestClient client)
{
    public Task<GatewayBotResponse> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        client.SendAsync(new DiscordRequest(HttpMethod.Get, "/gateway/bot", "GET /gateway/bot", ""), DiscordJson.Default.GatewayBotResponse, cancellationToken);

    public Task<IReadOnlyList<RegisteredCommand>> PutCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommandPayload> commands, CancellationToken cancellationToken)
    {
        var path = guildId is null ? $"/applications/{applicationId}/commands" : $"/applications/{applicationId}/guilds/{guildId}/commands";
        var route = guildId is null ? "PUT /applications/{app}/commands" : "PUT /applications/{app}/guilds/{guild}/commands";
        var request = new DiscordRequest(HttpMethod.Put, path, route, guildId ?? applicationId, () => Json(commands, DiscordJson.Default.IReadOnlyListApplicationCommandPayload));
        return client.SendAsync(request, DiscordJson.Default.IReadOnlyListRegisteredCommand, cancellationToken);
    }

    public Task CallbackAsync(string interactionId, string token, InteractionCallback callback, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        client.SendAsync(
            new DiscordRequest(HttpMethod.Post, $"/interactions/{interactionId}/{token}/callback", "POST /interactions/{id}/{token}/callback", interactionId,
                () => Body(callback, DiscordJson.Default.InteractionCallback, files)) { Interaction = true },
            cancellationToken);

    public Task EditOriginalAsync(string applicationId, string token, ResponseData message, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        client.SendAsync(
            new DiscordRequest(HttpMethod.Patch, $"/webhooks/{applicationId}/{token}/messages/@original", "PATCH /webhooks/{app}/{token}/messages/@original", applicationId + "/" + token,
                () => Body(message, DiscordJson.Default.ResponseData, files)) { Interaction = true },
            cancellationToken);

    public Task DeleteOriginalAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        client.SendAsync(
            new DiscordRequest(HttpMethod.Delete, $"/webhooks/{applicationId}/{token}/messages/@original", "DELETE /webhooks/{app}/{token}/messages/@original", applicationId + "/" + token) { Interaction = true },
            cancellationToken);

    public Task FollowupAsync(string applicationId, string token, ResponseData message, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken) =>
        client.SendAsync(
            new DiscordRequest(HttpMethod.Post, $"/webhooks/{applicationId}/{token}", "POST /webhooks/{app}/{token}", applicationId + "/" + token,
                () => Body(message, DiscordJson.Default.ResponseData, files)) { Interaction = true },
            cancellationToken);

    // Channel messages share a bucket per channel: the channel id is the major parameter.
    public Task<CreatedMessage> CreateMessageAsync(ulong channelId, ResponseData message, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken)
    {
        var channel = channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return client.SendAsync(
            new DiscordRequest(HttpMethod.Post, $"/channels/{channel}/messages", "POST /channels/{channel}/messages", channel,
                () => Body(message, DiscordJson.Default.ResponseData, files)),
            DiscordJson.Default.CreatedMessage,
            cancellationToken);
    }

    public Task EditMessageAsync(ulong channelId, string messageId, ResponseData message, IReadOnlyList<FileAttachment> files, CancellationToken cancellationToken)
    {
        var channel = channelId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return client.SendAsync(
            new DiscordRequest(HttpMethod.Patch, $"/channels/{channel}/messages/{messageId}", "PATCH /channels/{channel}/messages/{message}", channel,
                () => Body(message, DiscordJson.Default.ResponseData, files)),
            cancellationToken);
    }

    private static StringContent Json<T>(T value, JsonTypeInfo<T> type) => DiscordContent.Json(value, type);

    private static HttpContent Body<T>(T value, JsonTypeInfo<T> type, IReadOnlyList<FileAttachment> files) => DiscordContent.Create(value, type, files);
}
