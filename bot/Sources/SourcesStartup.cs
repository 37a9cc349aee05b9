using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StudyBot.Packs;

namespace StudyBot.Sources;

// Re-indexes the shipped packs' excerpts at start-up (after the database is migrated), so the
// index always matches the packs on disk.
internal sealed class SourcesStartup(SourceIndex index, PackCatalog catalog, ILogger<SourcesStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        index.Rebuild(catalog.Packs);
        Log.Indexed(logger, catalog.Packs.Sum(p => p.Sources.Count), catalog.Packs.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
