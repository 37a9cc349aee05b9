namespace StudyBot.Essays.Checks;

// Collects the checks and, for failures, a candidate next step. Steps in the same group say the
// same thing in different words (no conclusion, no judgement), so only the most urgent of a group
// is offered; lower Priority numbers are more urgent.
internal sealed class CheckResults
{
    private readonly List<(int Priority, string Group, NextStep Step)> steps = [];

    public List<EssayCheck> Checks { get; } = [];

    public void Pass(string id, string message, int? paragraph = null, int? sentence = null) =>
        Checks.Add(new EssayCheck(id, true, message, paragraph, sentence));

    public void Fail(string id, string message, int? paragraph = null, int? sentence = null) =>
        Checks.Add(new EssayCheck(id, false, message, paragraph, sentence));

    public void Suggest(int priority, string group, string checkId, int paragraph, int? sentence, string text) =>
        steps.Add((priority, group, new NextStep(checkId, paragraph, sentence, text)));

    public bool Passed(string id) => Checks.Exists(c => c.Id == id && c.Passed);

    public bool Failed(string id) => Checks.Exists(c => c.Id == id && !c.Passed);

    public IReadOnlyList<NextStep> NextSteps(int max) =>
        steps.Select((s, order) => (s.Priority, s.Group, s.Step, order))
            .OrderBy(s => s.Priority)
            .ThenBy(s => s.order)
            .DistinctBy(s => s.Group)
            .Take(max)
            .Select(s => s.Step)
            .ToList();
}

internal static class Priority
{
    public const int Ending = 1;
    public const int Focus = 2;
    public const int Sources = 3;
    public const int Peel = 4;
    public const int Evidence = 5;
    public const int Balance = 6;
    public const int Paragraphing = 7;
    public const int Sentences = 8;
    public const int Spelling = 9;
}
