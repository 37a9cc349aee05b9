namespace StudyBot.Packs;

internal sealed class PacksOptions
{
    public const string Section = "Packs";

    // A file or a folder of .yaml packs. A relative path is looked up in the working directory
    // first, then beside the bot, where the shipped seeds/ are copied.
    public string Path { get; set; } = "seeds";

    public string Resolve()
    {
        if (System.IO.Path.IsPathRooted(Path) || File.Exists(Path) || Directory.Exists(Path))
        {
            return System.IO.Path.GetFullPath(Path);
        }

        return System.IO.Path.Combine(AppContext.BaseDirectory, Path);
    }
}
