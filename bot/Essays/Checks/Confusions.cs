using System.Text.RegularExpressions;

namespace StudyBot.Essays.Checks;

// A short list of mistakes seen in real GCSE essays, each matched only in a context where it is
// clearly wrong ("why was their conflict"), so the list stays honest rather than long.
internal static partial class Confusions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant; // run over the lower-cased text

    public static IReadOnlyList<(Regex Pattern, string Fix)> Rules { get; } =
    [
        (ThereAfterQuestionWord(), "“there” (a place or “there was”), not “their” (belonging to them)"),
        (ThereBeforeVerb(), "“there was/were”, not “their”"),
        (TheirBeforeNoun(), "“their” (belonging to them), not “there” or “they're”"),
        (TheyAreGoing(), "“they're” (they are) going to"),
        (Misspelled(), "a misspelling"),
        (HaveNotOf(), "“could have”, “should have”, “would have”, not “of”"),
        (Sabotage(), "“of sabotage” (the noun); “sabotaged” is the verb"),
        (ThanNotThen(), "“than” when comparing, not “then”"),
        (WhetherNotWeather(), "“whether or not”"),
    ];

    // Misspellings and the word meant, for the message.
    public static IReadOnlyDictionary<string, string> Corrections { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["bewteen"] = "between", ["betwen"] = "between", ["beetween"] = "between", ["goverment"] = "government",
        ["govermant"] = "government", ["govenment"] = "government", ["beleive"] = "believe", ["beleived"] = "believed",
        ["recieve"] = "receive", ["recieved"] = "received", ["acheive"] = "achieve", ["acheived"] = "achieved",
        ["definately"] = "definitely", ["definatly"] = "definitely", ["seperate"] = "separate", ["untill"] = "until",
        ["wich"] = "which", ["thier"] = "their", ["becuase"] = "because", ["beacuse"] = "because",
        ["becasue"] = "because", ["alot"] = "a lot", ["arguement"] = "argument", ["occured"] = "occurred",
        ["propoganda"] = "propaganda", ["independant"] = "independent", ["sucess"] = "success",
        ["begining"] = "beginning", ["comunist"] = "communist", ["comunism"] = "communism", ["sabotge"] = "sabotage",
    };

    [GeneratedRegex(@"\b(?:why|how|what|where|if|whether)\s+(?:was|were|is|are)\s+their\b", Options)]
    private static partial Regex ThereAfterQuestionWord();

    [GeneratedRegex(@"\btheir\s+(?:was|were|is|are|will be|would be|had been|has been)\b", Options)]
    private static partial Regex ThereBeforeVerb();

    [GeneratedRegex(@"\b(?:there|they're|they’re)\s+(?:own|children|families|family|lives|jobs|homes|wages|rations|workplace|factories|managers|bosses|friends|parents|teachers|homework|phones)\b", Options)]
    private static partial Regex TheirBeforeNoun();

    [GeneratedRegex(@"\b(?:there|their)\s+going\s+to\b", Options)]
    private static partial Regex TheyAreGoing();

    [GeneratedRegex(@"\b(?:bewteen|betwen|beetween|goverment|govermant|govenment|beleived?|recieved?|acheived?|definately|definatly|seperate|untill|wich|thier|becuase|beacuse|becasue|alot|arguement|occured|propoganda|independant|sucess|begining|comunist|comunism|sabotge)\b", Options)]
    private static partial Regex Misspelled();

    [GeneratedRegex(@"\b(?:could|should|would|must|might)\s+of\b", Options)]
    private static partial Regex HaveNotOf();

    [GeneratedRegex(@"\b(?:of|for)\s+sabotaged\b", Options)]
    private static partial Regex Sabotage();

    [GeneratedRegex(@"\b(?:more|less|rather|better|worse|bigger|greater|harder|higher|lower|fewer)\s+then\b", Options)]
    private static partial Regex ThanNotThen();

    [GeneratedRegex(@"\bweather\s+or\s+not\b", Options)]
    private static partial Regex WhetherNotWeather();
}
