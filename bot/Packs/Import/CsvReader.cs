using System.Text;

namespace StudyBot.Packs.Import;

internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);

// RFC 4180 CSV, remembering the line each record starts on for error messages.
internal static class CsvReader
{
    public static IReadOnlyList<CsvRow> Read(string text, PackErrorList errors)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                rows.Add(new CsvRow(rowLine, [.. fields]));
                fields.Clear();
                rowLine = ++line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            errors.Add(rowLine, 1, "a quoted field is never closed");
        }
        else if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add(new CsvRow(rowLine, [.. fields]));
        }

        return rows;
    }
}
