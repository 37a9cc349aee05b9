using System.Text;
using System.Text.RegularExpressions;
using StudyBot.Commands;

namespace StudyBot.Console;

// Renders a reply as readable text: embeds as indented blocks, components as numbered choices.
internal static partial class ConsoleRenderer
{
    [GeneratedRegex(@"\\(.)")]
    private static partial Regex Escaped();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();

    public static string Render(Reply reply, IReadOnlyList<Component> numbered, ConsoleFiles? files = null)
    {
        var text = new StringBuilder();
        if (reply.Ephemeral)
        {
            text.AppendLine("(only you can see this)");
        }

        if (!string.IsNullOrWhiteSpace(reply.Text))
        {
            text.AppendLine(Plain(reply.Text));
        }

        foreach (var embed in reply.Embeds)
        {
            RenderEmbed(embed, text);
        }

        foreach (var file in reply.Files)
        {
            text.AppendLine(files is null
                ? $"[file: {file.FileName}, {file.Content.Length} bytes]"
                : $"[file: {file.FileName}, {file.Content.Length} bytes, saved as {files.Save(file)}]");
        }

        RenderComponents(numbered, text);
        return text.ToString();
    }

    // Discord markdown in a terminal: escapes dropped, **bold** shown as *bold*.
    public static string Plain(string text) => Escaped().Replace(Bold().Replace(text, "*$1*"), "$1");

    private static void RenderEmbed(Embed embed, StringBuilder text)
    {
        text.AppendLine("┌─ " + Plain(embed.Title ?? ""));
        if (!string.IsNullOrWhiteSpace(embed.Description))
        {
            AppendIndented(Plain(embed.Description), text);
        }

        foreach (var field in embed.Fields)
        {
            var value = Plain(field.Value);
            if (!value.Contains('\n', StringComparison.Ordinal) && value.Length <= 80)
            {
                text.AppendLine($"│ {Plain(field.Name)}: {value}");
                continue;
            }

            text.AppendLine($"│ {Plain(field.Name)}:");
            AppendIndented(value, text, "│   ");
        }

        text.AppendLine("└─ " + Plain(embed.Footer ?? ""));
    }

    private static void RenderComponents(IReadOnlyList<Component> numbered, StringBuilder text)
    {
        var line = new StringBuilder();
        for (var i = 0; i < numbered.Count; i++)
        {
            switch (numbered[i])
            {
                case Button button:
                    line.Append($"[{i + 1}] {button.Label}{(button.Disabled ? " (disabled)" : "")}  ");
                    break;
                case SelectMenu menu:
                    line.AppendLine($"[{i + 1}] {menu.Placeholder ?? "Choose"}:");
                    for (var j = 0; j < menu.Options.Count; j++)
                    {
                        line.AppendLine($"    {i + 1}.{j + 1} {menu.Options[j].Label}");
                    }

                    break;
            }
        }

        if (line.Length > 0)
        {
            text.AppendLine(line.ToString().TrimEnd());
            text.AppendLine("(type a number or a label to press it)");
        }
    }

    private static void AppendIndented(string value, StringBuilder text, string indent = "│ ")
    {
        foreach (var row in value.Split('\n'))
        {
            text.Append(indent).AppendLine(row.TrimEnd());
        }
    }
}
