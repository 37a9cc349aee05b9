using System.Globalization;
using StudyBot.Essays.Evaluation;

namespace StudyBot.Bench.Essays;

// Precision and recall per role of the essay analyzer on our labelled essays.
internal static class EssayEval
{
    public static int Run(string[] args, TextWriter output)
    {
        var folder = args.Length > 0 ? args[0] : FindLabelledFolder();
        if (folder is null || !Directory.Exists(folder))
        {
            global::System.Console.Error.WriteLine("No labelled essays found; give the folder: essay-eval bot.tests/Essays/Labelled");
            return 2;
        }

        var essays = LabelledSet.Load(folder);
        var scores = LabelledSetEvaluator.Evaluate(essays);
        output.WriteLine($"{essays.Count} labelled essays from {folder}");
        output.WriteLine($"{"role",-18} {"precision",9} {"recall",7} {"tp",4} {"fp",4} {"fn",4}");
        foreach (var score in scores)
        {
            output.WriteLine($"{score.Role,-18} {Percent(score.Precision),9} {Percent(score.Recall),7} {score.TruePositives,4} {score.FalsePositives,4} {score.FalseNegatives,4}");
        }

        return 0;
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "-";

    // The set lives in the test project; look for it from the working directory up.
    private static string? FindLabelledFolder()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bot.tests", "Essays", "Labelled");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
