using StudyBot.Essays.Checks;

namespace StudyBot.Essays;

// The four-step GCSE levels-of-response ladder. Each step needs the one below it; the reasons say
// what was found and what kept the essay from the next step.
internal static class LevelLadder
{
    public static readonly IReadOnlyList<string> Names =
    [
        "nothing to mark",
        "describes",
        "simple explanation",
        "developed explanation",
        "sustained analysis with a justified judgement",
    ];

    public static EssayLevel Decide(EssayContext essay, CheckResults results)
    {
        var reasons = new List<string>();
        var bodies = essay.Bodies.ToList();
        var explained = essay.Paragraphs.Sum(p => p.Sentences.Count(s => s.Has(SentenceRole.Explanation)));
        var developed = bodies.Count(Developed);
        var linked = bodies.Count(p => p.Has(SentenceRole.Link));

        if (explained == 0)
        {
            reasons.Add("No sentence explains why something happened or what it led to: the essay describes.");
            return Level(1, reasons);
        }

        reasons.Add($"{explained} sentence{Plural(explained)} explain{(explained == 1 ? "s" : "")} causes or consequences.");
        if (developed < 2 || linked == 0)
        {
            reasons.Add(developed < 2
                ? $"Only {developed} body paragraph{Plural(developed)} develop{(developed == 1 ? "s" : "")} a point with specific evidence and explanation; level 3 needs at least two."
                : "The explanations are not linked back to the question; level 3 needs that link.");
            return Level(2, reasons);
        }

        reasons.Add($"{developed} body paragraphs develop a point with specific evidence and explanation, and {linked} link{(linked == 1 ? "s" : "")} back to the question.");
        var missing = new List<string>();
        if (!results.Passed("position"))
        {
            missing.Add("a clear position in the introduction");
        }

        if (!results.Passed("judgement"))
        {
            missing.Add("a justified judgement in the conclusion");
        }

        if (!results.Passed("weighing"))
        {
            missing.Add("weighing of one factor or side against another");
        }

        if (missing.Count > 0)
        {
            reasons.Add($"Level 4 needs {string.Join(", ", missing)}.");
            return Level(3, reasons);
        }

        reasons.Add("It states a position, weighs the factors and reaches a justified judgement.");
        return Level(4, reasons);
    }

    // A developed paragraph makes a point, proves it with something specific and explains it.
    private static bool Developed(ParagraphReport p) =>
        p.Has(SentenceRole.Point) && p.Has(SentenceRole.Explanation)
        && p.Sentences.Any(s => s.Cues.Any(c => c.Role == SentenceRole.Evidence && c.Kind != "general" && c.Kind != "example"));

    private static EssayLevel Level(int value, List<string> reasons) => new(value, Names[value], reasons);

    private static string Plural(int n) => n == 1 ? "" : "s";
}
