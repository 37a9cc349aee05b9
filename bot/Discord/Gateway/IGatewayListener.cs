using System.Text.Json;

namespace StudyBot.Discord.Gateway;

// What the connection hands on. Both calls must return at once: the receive loop never waits on handlers.
internal interface IGatewayListener
{
    void OnReady(string? applicationId);

    void OnInteraction(JsonElement interaction, DateTimeOffset receivedAt);
}
