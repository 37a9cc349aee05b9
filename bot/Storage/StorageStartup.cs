using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace StudyBot.Storage;

// Runs before any transport starts, so no handler ever sees an unmigrated database.
internal sealed class StorageStartup(Migrator migrator, Database database, ILogger<StorageStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var version = migrator.Migrate();
        Log.DatabaseReady(logger, database.Location, version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
