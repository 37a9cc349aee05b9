namespace StudyBot.Essays.Evaluation;

// Reads the labelled-essay format: "key: value" header lines, a line of "---", then the essay
// exactly as a student would paste it. Header keys: question, key_terms (separated by ";"),
// quality, paragraphs (roles separated by ","), and any number of
// "sentence: PARAGRAPH | FRAGMENT | REQUIRED ROLES | OTHER ROLES" lines ("-" for none).
internal static class LabelledEssayParser
{
    public static LabelledEssay Parse(string name, string content)
    {
        var lines = content.ReplaceLineEndings("\n").Split('\n');
        var separator = Array.IndexOf(lines, "---");
        if (separator < 0)
        {
            throw new FormatException($"{name}: no '---' line between the header and the essay.");
        }

        string? question = null, quality = null;
        List<string> keyTerms = [];
        List<ParagraphRole> paragraphs = [];
        List<LabelledSentence> sentences = [];
        for (var i = 0; i < separator; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Error(name, i, "expected 'key: value'");
            }

            var value = line[(colon + 1)..].Trim();
            switch (line[..colon].Trim())
            {
                case "question": question = value; break;
                case "key_terms": keyTerms = [.. Split(value, ';')]; break;
                case "quality": quality = value; break;
                case "paragraphs": paragraphs = [.. Split(value, ',').Select(r => ParagraphRoleOf(name, i, r))]; break;
                case "sentence": sentences.Add(Sentence(name, i, value)); break;
                default: throw Error(name, i, $"unknown key '{line[..colon]}'");
            }
        }

        var text = string.Join('\n', lines[(separator + 1)..]);
        var prompt = question is null ? null : new EssayPrompt(question, keyTerms);
        return new LabelledEssay(name, prompt, quality ?? "unrated", paragraphs, sentences, text);
    }

    private static LabelledSentence Sentence(string name, int line, string value)
    {
        var parts = value.Split('|', StringSplitOptions.TrimEntries);
        if (parts.Length is < 3 or > 4 || !int.TryParse(parts[0], out var paragraph) || parts[1].Length == 0)
        {
            throw Error(name, line, "expected 'sentence: PARAGRAPH | FRAGMENT | ROLES' with an optional '| OTHER ROLES'");
        }

        var also = parts.Length == 4 ? Roles(name, line, parts[3]) : [];
        return new LabelledSentence(paragraph, parts[1], Roles(name, line, parts[2]), also, line + 1);
    }

    private static List<SentenceRole> Roles(string name, int line, string list) =>
        [.. Split(list, ',').Where(r => r != "-").Select(r => RoleNames.TryParseSentence(r, out var role) ? role : throw Error(name, line, $"unknown sentence role '{r}'"))];

    private static ParagraphRole ParagraphRoleOf(string name, int line, string role) =>
        RoleNames.TryParseParagraph(role, out var parsed) ? parsed : throw Error(name, line, $"unknown paragraph role '{role}'");

    private static string[] Split(string value, char separator) =>
        value.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static FormatException Error(string name, int line, string message) => new($"{name}, line {line + 1}: {message}");
}
