namespace StudyBot.Storage;

internal enum StorageProvider
{
    Sqlite,
    Postgres,
}

internal sealed class StorageOptions
{
    public const string Section = "Storage";

    // "sqlite" (one file, the default) or "postgres" (a server named by ConnectionString).
    public string Provider { get; set; } = "sqlite";

    // Relative paths are taken from the working directory, so `dotnet run` keeps its data beside the checkout.
    public string DatabasePath { get; set; } = Path.Combine("data", "studybot.db");

    public int BusyTimeoutMs { get; set; } = 5000;

    // An Npgsql connection string, used only when Provider is postgres.
    public string ConnectionString { get; set; } = "";

    public StorageProvider? Kind => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => StorageProvider.Sqlite,
        "postgres" => StorageProvider.Postgres,
        _ => null,
    };
}
