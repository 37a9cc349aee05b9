using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Console;

// Finds the component a typed line means: "2" presses the second, "next" the button labelled
// "Next ▶", and "3.2" picks the second option of the select menu numbered 3.
internal static class ConsolePress
{
    public static (Component Component, IReadOnlyList<string> Values)? Find(IReadOnlyList<Component> onScreen, string typed)
    {
        typed = typed.Trim();
        var dot = typed.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && int.TryParse(typed[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var menuNumber)
            && int.TryParse(typed[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var optionNumber)
            && menuNumber >= 1 && menuNumber <= onScreen.Count && onScreen[menuNumber - 1] is SelectMenu menu
            && optionNumber >= 1 && optionNumber <= menu.Options.Count)
        {
            return (menu, [menu.Options[optionNumber - 1].Value]);
        }

        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= onScreen.Count)
        {
            return onScreen[number - 1] is Button button ? (button, []) : null;
        }

        var wanted = Simplify(typed);
        var byLabel = onScreen.OfType<Button>().Where(b => Simplify(b.Label) == wanted).ToList();
        if (byLabel.Count == 0 && wanted.Length > 0)
        {
            byLabel = [.. onScreen.OfType<Button>().Where(b => Simplify(b.Label).StartsWith(wanted, StringComparison.Ordinal))];
        }

        return byLabel.Count == 1 ? (byLabel[0], []) : null;
    }

    // Labels carry arrows and emoji; people type only the words.
    private static string Simplify(string label) =>
        string.Join(' ', new string([.. label.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
