namespace StudyBot.Packs.Import;

// Text of any supported kind, told apart by file name: CSV, or YAML (a pack or a Red trivia list).
internal static class PackFormats
{
    public static PackLoadResult Load(string text, string fileName) =>
        Path.GetExtension(fileName).Equals(".csv", StringComparison.OrdinalIgnoreCase)
            ? CsvPackImporter.Load(text, fileName)
            : PackLoader.Load(text, fileName);
}
