using System.Globalization;
using System.Text;

namespace StudyBot.Drawing;

// Letters with diacritics draw as their base letter. The bot runs with invariant globalization,
// where string.Normalize cannot decompose, so Latin-1 and Latin Extended-A are folded by table;
// text that arrives already decomposed loses its combining marks instead.
internal static class BaseLetters
{
    // Base letters for U+00C0..U+017F in code point order; '\0' is a ligature, × or ÷, or Þ/þ.
    private const string Latin =
        "AAAAAA\0CEEEEIIIIDNOOOOO\0OUUUUY\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKkkLlLlLlLlLlNnNnNnnNnOoOoOo\0\0RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    private static readonly Dictionary<char, string> Ligatures = new()
    {
        ['Æ'] = "AE", ['æ'] = "ae", ['ß'] = "ss", ['Œ'] = "OE", ['œ'] = "oe", ['Ĳ'] = "IJ", ['ĳ'] = "ij",
        ['‘'] = "'", ['’'] = "'", ['‚'] = ",", ['“'] = "\"", ['”'] = "\"", ['„'] = "\"", ['−'] = "-", ['‐'] = "-", ['‑'] = "-",
    };

    // What to draw for one character: itself, its base letter(s), nothing for invisible marks and
    // controls, or the box.
    public static string Fold(Rune rune)
    {
        if (rune.IsBmp && GlyphTable.Glyphs.ContainsKey((char)rune.Value) && rune.Value != GlyphTable.Box)
        {
            return ((char)rune.Value).ToString();
        }

        if (Rune.IsWhiteSpace(rune))
        {
            return " ";
        }

        // Skin-tone modifiers belong to the emoji before them, which already drew as a box.
        if (rune.Value is >= 0x1F3FB and <= 0x1F3FF)
        {
            return "";
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control:
                return "";
        }

        if (rune.IsBmp && Ligatures.TryGetValue((char)rune.Value, out var ligature))
        {
            return ligature;
        }

        var index = rune.Value - 0xC0;
        return index >= 0 && index < Latin.Length && Latin[index] != '\0' ? Latin[index].ToString() : GlyphTable.Box.ToString();
    }
}
