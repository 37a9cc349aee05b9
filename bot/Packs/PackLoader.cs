using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// Expected failures (bad YAML, bad schema, unreadable files) come back as errors, never exceptions.
internal static class PackLoader
{
    public static PackLoadResult LoadFile(string path)
    {
        try
        {
            var (text, problem) = PackText.ReadFile(path);
            return text is null ? Failed(path, problem!)
                : Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? Import.CsvPackImporter.Load(text, path)
                : Load(text, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e switch
            {
                _ when Directory.Exists(path) => "it is a folder",
                FileNotFoundException or DirectoryNotFoundException => "no such file",
                UnauthorizedAccessException => "permission denied",
                _ => e.Message,
            };
            return Failed(path, $"cannot read the file: {reason}");
        }
    }

    public static PackLoadResult Load(string yaml, string fileName)
    {
        if (yaml.Length > PackText.MaxBytes || Encoding.UTF8.GetByteCount(yaml) > PackText.MaxBytes)
        {
            return Failed(fileName, PackText.TooLarge);
        }

        yaml = yaml.TrimStart('\uFEFF');
        if (PackText.FindControlCharacter(yaml) is var (line, column, problem))
        {
            return Failed(fileName, problem, line, column);
        }

        var errors = new PackErrorList(fileName);
        var root = Parse(yaml, errors);
        // Red-DiscordBot trivia lists load through the same checks and errors as packs.
        var (pack, idNode) = root is null ? (null, null)
            : Import.RedTriviaImporter.Looks(root) ? (Import.RedTriviaImporter.Map(root, fileName, errors), null)
            : PackMapper.Map(root, errors);
        var idPosition = idNode is null ? (1, 1) : ((int)idNode.Start.Line, (int)idNode.Start.Column);
        return errors.Count == 0
            ? new PackLoadResult(pack, []) { IdPosition = idPosition }
            : new PackLoadResult(null, errors.ToList()) { IdPosition = idPosition };
    }

    private static YamlNode? Parse(string yaml, PackErrorList errors)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            errors.Add(e.Start, $"invalid YAML: {e.Message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of YamlException for some malformed input (an unclosed
            // flow list, an empty key, a bad tag); the last event it read is the nearest position.
            var (line, column) = parser.Current is { } last ? ((int)last.Start.Line, (int)last.Start.Column) : (1, 1);
            errors.Add(line, column, $"invalid YAML near here: {e.Message}");
            return null;
        }

        var documents = stream.Documents;
        if (documents.Count > 1)
        {
            errors.Add(documents[1].RootNode, $"a pack file holds one YAML document, found {documents.Count}");
        }

        if (documents.Count == 0 || YamlNodes.IsNull(documents[0].RootNode))
        {
            errors.Add(1, 1, "the file is empty; a pack needs at least id, title, subject and level");
            return null;
        }

        return documents[0].RootNode;
    }

    private static PackLoadResult Failed(string file, string message, int line = 1, int column = 1) =>
        new(null, [new PackError(file, line, column, message)]);
}
