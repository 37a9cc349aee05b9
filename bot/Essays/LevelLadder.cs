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
        var developed = bodies.Count(p => essay.MakesPoint(p) && p.Has(SentenceRole.Explanation));
        var supported = bodies.Count(HasSpecificEvidence);
        var linked = bodies.Count(p => p.Has(SentenceRole.Link));

        if (explained == 0)
        {
            reasons.Add("No sentence explains why something happened or what it led to: the essay describes.");
            return Level(1, reasons);
        }

        reasons.Add($"{explained} sentence{Plural(explained)} explain{(explained == 1 ? "s" : "")} causes or consequences.");
        var gap = developed == 0 ? "No body paragraph makes a point and explains it; level 3 needs at least two."
            : developed == 1 ? "Only one body paragraph makes a point and explains it; level 3 needs at least two."
            : supported == 0 ? "No body paragraph supports its point with specific evidence; level 3 needs it."
            : linked == 0 ? "The explanations are not linked back to the question; level 3 needs that link." : null;
        if (gap is not null)
        {
            reasons.Add(gap);
            return Level(2, reasons);
        }

        reasons.Add($"{developed} body paragraphs make and explain a point, {supported} with specific evidence, and {linked} link{(linked == 1 ? "s" : "")} back to the question.");
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

    private static bool HasSpecificEvidence(ParagraphReport p) =>
        p.Sentences.Any(s => s.Cues.Any(c => c.Role == SentenceRole.Evidence && c.Kind is not ("general" or "example")));

    private static EssayLevel Level(int value, List<string> reasons) => new(value, Names[value], reasons);

    private static string Plural(int n) => n == 1 ? "" : "s";
}
