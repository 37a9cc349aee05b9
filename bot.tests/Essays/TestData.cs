namespace StudyBot.Tests.Essays;

// The essay files live in the repository beside these tests; the tests find them from the build
// output by walking up to the project folder, so nothing needs copying at build time.
internal static class TestData
{
    public static string LabelledFolder { get; } = Find();

    public static string Read(string name) => File.ReadAllText(Path.Combine(LabelledFolder, name));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "Essays", "Labelled");
            if (File.Exists(Path.Combine(dir.FullName, "bot.tests.csproj")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("bot.tests/Essays/Labelled was not found above " + AppContext.BaseDirectory);
    }
}
