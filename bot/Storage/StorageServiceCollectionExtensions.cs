using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace StudyBot.Storage;

internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.Kind is not null, "Storage:Provider must be sqlite or postgres.")
            .Validate(o => o.Kind != StorageProvider.Sqlite || !string.IsNullOrWhiteSpace(o.DatabasePath), "Storage:DatabasePath must name a file, for example data/studybot.db.")
            .Validate(o => o.BusyTimeoutMs is >= 100 and <= 60_000, "Storage:BusyTimeoutMs must be between 100 and 60000 milliseconds.")
            .Validate(
                o => o.Kind != StorageProvider.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Storage:ConnectionString must be set when Storage:Provider is postgres, for example Host=localhost;Database=studybot;Username=studybot;Password=….")
            .Validate(
                o => o.Kind != StorageProvider.Postgres || string.IsNullOrWhiteSpace(o.ConnectionString) || IsValidConnectionString(o.ConnectionString),
                "Storage:ConnectionString is not a valid PostgreSQL connection string (expected Host=…;Database=…;Username=…;Password=…).")
            .ValidateOnStart();
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddHostedService<StorageStartup>();
        return services;
    }

    private static bool IsValidConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
