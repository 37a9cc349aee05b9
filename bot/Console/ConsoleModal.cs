using StudyBot.Commands;

namespace StudyBot.Console;

// Fills a modal at the prompt: one line for a short input; for a paragraph, lines until one
// holding only "." (or the end of input).
internal static class ConsoleModal
{
    public static async Task<IReadOnlyDictionary<string, string>?> FillAsync(Modal modal, TextWriter output, Func<Task<string?>> readLine)
    {
        output.WriteLine($"── {modal.Title} ──");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in modal.Inputs)
        {
            var preset = string.IsNullOrEmpty(input.Value) ? "" : $" [{input.Value}; an empty line keeps it]";
            output.WriteLine(input.Paragraph ? $"{input.Label}{preset} (end with a line holding only .):" : $"{input.Label}{preset}:");
            var value = input.Paragraph ? await ReadParagraphAsync(readLine) : await readLine();
            if (value is null)
            {
                return null;
            }

            if (value.Length == 0 && input.Value is { Length: > 0 } kept)
            {
                value = kept;
            }

            if (input.MaxLength is { } max && value.Length > max)
            {
                output.WriteLine($"That is {value.Length} characters; the form takes {max}. The rest was cut off.");
                value = value[..max];
            }

            if (input.Required && value.Trim().Length == 0)
            {
                output.WriteLine($"{input.Label} is required.");
                return null;
            }

            fields[input.CustomId] = value;
        }

        return fields;
    }

    private static async Task<string?> ReadParagraphAsync(Func<Task<string?>> readLine)
    {
        var lines = new List<string>();
        while (await readLine() is { } line && line != ".")
        {
            lines.Add(line);
        }

        return string.Join('\n', lines);
    }
}
