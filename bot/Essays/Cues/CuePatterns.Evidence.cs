using System.Text.RegularExpressions;

namespace StudyBot.Essays.Cues;

// Each pattern is a flat alternation of words: linear to match, no nested repetition to backtrack on.
internal static partial class CuePatterns
{
    // Patterns run over a lower-cased copy of the text (same offsets): case-sensitive matching is
    // several times faster than IgnoreCase on long essays.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // Decades ("1930s"), and digits with optional thousands separators, decimals and a percentage ("1,200", "35.4%").
    [GeneratedRegex(@"(?<![\p{L}\d])1[5-9]\d0s\b|(?<![\p{L}\d])\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|(?<![\p{L}\d])\d+(?:\.\d+)?(?:\s?%|\s?per\s?cent)?(?![\p{L}\d])", Options)]
    public static partial Regex Number();

    [GeneratedRegex(@"\b(?:million|billion|thousand)\b(?! of)|\b(?:half|a third|a quarter|two thirds|three quarters|double|doubled|tripled|trebled|halved)\b", Options)]
    public static partial Regex NumberWords();

    [GeneratedRegex(@"\b(?:source|interpretation|extract|figure|table|document|fig\.)\s+(?:[a-h]|\d{1,2})\b|\b(?:page|p\.|pp\.)\s?\d+\b|\baccording to\b|\bthe (?:historian|author|poster|photograph|cartoon|diary|speech|newspaper|table|graph|chart|statistics)\b", Options)]
    public static partial Regex SourceReference();

    // A quotation of at least a few words in straight or curly quotes.
    [GeneratedRegex(@"[“""][^“”""\n]{12,300}[”""]|‘[^‘’\n]{12,300}’(?![\p{L}])", Options)]
    public static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:for example|for instance|such as|e\.g\.|an example (?:of|is)|this can be seen (?:in|when|by))", Options)]
    public static partial Regex Example();

    // Vague quantities that stand in for evidence without being specific.
    [GeneratedRegex(@"\b(?:lots of|a lot of|loads of|plenty of|many people|many workers|some people|most people|everyone|everybody|hundreds of|thousands of|millions of|a huge amount|a large number of|all the time)\b", Options)]
    public static partial Regex General();

    [GeneratedRegex(@"\b(?:came to power|come to power|rose to power|gained power|took power|seized power|in power|before the revolution|after the revolution|since the revolution|tsars?|tsarist|the nep|new economic policy|background|backward|in the (?:1[89]|20)\d0s|historically|nowadays|these days|in recent years|traditionally)\b", Options)]
    public static partial Regex Background();
}
