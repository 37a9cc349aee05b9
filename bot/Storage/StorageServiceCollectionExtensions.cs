using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "Storage:DatabasePath must name a file, for example data/studybot.db.")
            .Validate(o => o.BusyTimeoutMs is >= 100 and <= 60_000, "Storage:BusyTimeoutMs must be between 100 and 60000 milliseconds.")
            .ValidateOnStart();
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddHostedService<StorageStartup>();
        return services;
    }
}
