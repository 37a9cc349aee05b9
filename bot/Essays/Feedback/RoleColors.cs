namespace StudyBot.Essays.Feedback;

// Each sentence is drawn in the colour of its strongest role, and the embed names the colours with
// the square emoji of the same colour, so the picture needs no text (and no font) to be read.
internal static class RoleColors
{
    public sealed record Swatch(string Emoji, string Name, uint Argb);

    public static readonly Swatch Argument = new("🟥", "position or judgement", 0xFFDD2E44);
    public static readonly Swatch SourceEvaluation = new("🟪", "source evaluation", 0xFFAA8ED6);
    public static readonly Swatch CounterArgument = new("🟧", "counter-argument", 0xFFF4900C);
    public static readonly Swatch Rebuttal = new("🟫", "rebuttal or weighing", 0xFFC1694F);
    public static readonly Swatch Evidence = new("🟦", "evidence", 0xFF55ACEE);
    public static readonly Swatch Explanation = new("🟩", "explanation", 0xFF78B159);
    public static readonly Swatch Link = new("🟨", "link to the question", 0xFFFDCB58);
    public static readonly Swatch Point = new("⬛", "point", 0xFF31373D);
    public static readonly Swatch Context = new("⬜", "context or nothing found", 0xFFE6E7E8);

    public static IReadOnlyList<Swatch> All { get; } =
        [Argument, Point, Evidence, Explanation, Link, CounterArgument, Rebuttal, SourceEvaluation, Context];

    // Strongest first: what a marker would highlight in the margin.
    public static Swatch For(IReadOnlyList<SentenceRole> roles) =>
        roles.Contains(SentenceRole.Judgement) || roles.Contains(SentenceRole.Position) ? Argument
        : roles.Contains(SentenceRole.SourceEvaluation) ? SourceEvaluation
        : roles.Contains(SentenceRole.CounterArgument) ? CounterArgument
        : roles.Contains(SentenceRole.Rebuttal) ? Rebuttal
        : roles.Contains(SentenceRole.Evidence) ? Evidence
        : roles.Contains(SentenceRole.Explanation) ? Explanation
        : roles.Contains(SentenceRole.Link) ? Link
        : roles.Contains(SentenceRole.Point) ? Point
        : Context;
}
