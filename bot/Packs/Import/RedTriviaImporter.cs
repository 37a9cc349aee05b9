using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs.Import;

// Red-DiscordBot trivia lists: a mapping of question → list of accepted answers, with optional
// AUTHOR and CONFIG keys (CONFIG's game settings are StudyBot's /quiz options, so it is ignored).
internal static class RedTriviaImporter
{
    private static readonly string[] PackKeys = ["id", "title", "subject", "level", "sources", "questions", "essay_questions"];

    // A StudyBot pack (even a broken one) uses its own keys; a Red list never does, and names its author in capitals.
    public static bool Looks(YamlNode root) =>
        root is YamlMappingNode map
        && !map.Children.Keys.Any(k => k is YamlScalarNode { Value: { } key } && PackKeys.Contains(key, StringComparer.Ordinal))
        && (map.Children.Keys.Any(k => k is YamlScalarNode { Value: "AUTHOR" or "CONFIG" }) || map.Children.Values.All(v => v is YamlSequenceNode));

    public static Pack? Map(YamlNode root, string fileName, PackErrorList errors)
    {
        var map = (YamlMappingNode)root;
        string? author = null;
        var questions = new List<ImportedQuestion>();
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } prompt })
            {
                errors.Add(key, "a trivia question must be plain text");
                continue;
            }

            if (prompt == "AUTHOR")
            {
                author = (value as YamlScalarNode)?.Value;
                continue;
            }

            if (prompt == "CONFIG")
            {
                continue;
            }

            if (value is not YamlSequenceNode answers || answers.Children.Any(a => a is not YamlScalarNode))
            {
                errors.Add(value, $"the answers to '{Short(prompt)}' must be a list of plain answers, e.g. [Paris]");
                continue;
            }

            questions.Add(new ImportedQuestion((int)key.Start.Line, (int)key.Start.Column, prompt,
                [.. answers.Children.Cast<YamlScalarNode>().Select(a => a.Value ?? "")], null));
        }

        return ImportedPack.Build(fileName, author, questions, errors);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
