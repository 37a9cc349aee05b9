namespace StudyBot.Tests.Support;

// Files the tests read from the checkout itself (the README, test essays), found from the test binary upwards.
internal static class Repository
{
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(AppContext.BaseDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "StudyBot.slnx")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
        }
    }

    public static string ReadText(params string[] parts) => File.ReadAllText(Path.Combine([Root, .. parts]));
}
