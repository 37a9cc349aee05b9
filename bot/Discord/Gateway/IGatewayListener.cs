using System.Text.Json;

namespace StudyBot.Discord.Gateway;

// What a shard's connection hands on. Both calls must return at once: the receive loop never waits on handlers.
internal interface IGatewayListener
{
    void OnReady(int shardId, string? applicationId);

    void OnInteraction(JsonElement interaction, DateTimeOffset receivedAt);
}
