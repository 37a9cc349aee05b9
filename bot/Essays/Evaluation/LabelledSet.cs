namespace StudyBot.Essays.Evaluation;

// The labelled essays kept as *.essay files in one folder (bot.tests/Essays/Labelled).
internal static class LabelledSet
{
    public const string Extension = ".essay";

    public static IReadOnlyList<LabelledEssay> Load(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*" + Extension)
            .Order(StringComparer.Ordinal)
            .Select(path => LabelledEssayParser.Parse(Path.GetFileName(path), File.ReadAllText(path)))];
}
