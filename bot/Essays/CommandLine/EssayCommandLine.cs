using System.Text.Json;
using StudyBot.Essays.Files;

namespace StudyBot.Essays.CommandLine;

// `studybot essay analyze PATH [--question "..."] [--json]`: a file or a folder of .txt, .md, .docx and .pdf essays.
internal static class EssayCommandLine
{
    public const int Ok = 0;
    public const int Usage = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (!TryParse(args, out var path, out var question, out var json))
        {
            stderr.WriteLine("Usage: studybot essay analyze FILE-OR-FOLDER [--question \"the question\"] [--json]");
            return Usage;
        }

        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(f => EssayFileReader.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant())).Order(StringComparer.Ordinal).ToList()
            : [path];
        var prompt = question is null ? null : EssayPrompt.Of(question);
        var reports = new List<EssayJson>();
        var failed = false;
        foreach (var file in files)
        {
            if (Read(file, out var text) is { } problem)
            {
                stderr.WriteLine($"{file}: {problem}");
                failed = true;
                continue;
            }

            var report = EssayAnalyzer.Analyze(text, prompt);
            if (json)
            {
                reports.Add(EssayJson.From(file, report));
            }
            else
            {
                stdout.WriteLine(EssayText.Render(file, report));
            }
        }

        if (json)
        {
            stdout.WriteLine(reports.Count == 1 && !Directory.Exists(path)
                ? JsonSerializer.Serialize(reports[0], EssayJsonContext.Default.EssayJson)
                : JsonSerializer.Serialize(reports, EssayJsonContext.Default.IReadOnlyListEssayJson));
        }

        return failed ? 1 : Ok;
    }

    private static string? Read(string file, out string text)
    {
        text = "";
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists)
            {
                return "no such file";
            }

            if (info.Length > EssayFileReader.DefaultMaxBytes)
            {
                return $"the file is {info.Length / 1024:N0} KiB; essays are read up to {EssayFileReader.DefaultMaxBytes / 1024:N0} KiB";
            }

            var read = EssayFileReader.Read(file, File.ReadAllBytes(file));
            text = read.Text ?? "";
            return read.Problem;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "cannot be read: " + e.Message;
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, out string path, out string? question, out bool json)
    {
        path = "";
        question = null;
        json = false;
        if (args.Count < 2 || args[0] != "analyze")
        {
            return false;
        }

        for (var i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--question" when i + 1 < args.Count:
                    question = args[++i];
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && path.Length == 0:
                    path = value;
                    break;
                default:
                    return false;
            }
        }

        return path.Length > 0;
    }
}
