using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Json;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord.Registration;

// Bulk-overwrites the commands (globally, or in each configured guild) after READY, and only when
// the definitions changed since the last time: Discord limits command creates to 200 a day.
internal sealed class CommandRegistrar(
    CommandRegistry registry,
    DiscordApi api,
    RegistrationStore store,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public void Dispose() => gate.Dispose();

    public async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        var commands = CommandPayloads.From(registry.Handlers.Select(h => h.Definition));
        var json = JsonSerializer.Serialize(commands, DiscordJson.Default.IReadOnlyListApplicationCommandPayload);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(applicationId + "\n" + json)));
        IReadOnlyList<string?> guilds = options.Value.GuildIds.Count == 0 ? [null] : [.. options.Value.GuildIds];
        await gate.WaitAsync(cancellationToken);
        try
        {
            foreach (var guild in guilds)
            {
                await RegisterScopeAsync(applicationId, guild, commands, hash, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task RegisterScopeAsync(string applicationId, string? guild, IReadOnlyList<ApplicationCommandPayload> commands, string hash, CancellationToken cancellationToken)
    {
        var scope = guild is null ? "global" : "guild:" + guild;
        if (store.Hash(scope) == hash)
        {
            Log.CommandsUnchanged(logger, scope);
            return;
        }

        try
        {
            var registered = await api.PutCommandsAsync(applicationId, guild, commands, cancellationToken);
            store.Save(scope, hash);
            Log.CommandsRegistered(logger, registered.Count, scope);
        }
        catch (DiscordRestException refused)
        {
            Log.CommandsRefused(logger, scope, refused.Code, refused.DiscordMessage);
        }
        catch (HttpRequestException exception)
        {
            Log.CommandsRefused(logger, scope, 0, exception.Message);
        }
    }
}
