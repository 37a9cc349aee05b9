namespace StudyBot.Packs;

// `studybot validate PATH`: lets authors and CI check packs without starting the bot.
internal static class PackValidateCommand
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int NotFound = 2;

    public static int Run(string path, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"{path}: no such file or folder");
            return NotFound;
        }

        var result = PackDirectory.LoadAll(path);
        foreach (var file in result.Files)
        {
            foreach (var error in file.Errors)
            {
                stderr.WriteLine(error.ToString());
            }

            if (file.Pack is { } pack)
            {
                stdout.WriteLine($"{file.File}: ok — {Count(pack.Sources.Count, "source")}, "
                    + $"{Count(pack.Questions.Count, "question")}, {Count(pack.EssayQuestions.Count, "essay question")}");
            }
        }

        var bad = result.Files.Count(f => f.Pack is null);
        stdout.WriteLine($"{Count(result.Packs.Count, "pack")} ok, {bad} with errors");
        if (result.Files.Count == 0)
        {
            stderr.WriteLine($"{path}: no .yaml or .yml files found");
            return Invalid;
        }

        return bad == 0 ? Ok : Invalid;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
