namespace StudyBot.Storage;

internal sealed class StorageOptions
{
    public const string Section = "Storage";

    // Relative paths are taken from the working directory, so `dotnet run` keeps its data beside the checkout.
    public string DatabasePath { get; set; } = Path.Combine("data", "studybot.db");

    public int BusyTimeoutMs { get; set; } = 5000;
}
