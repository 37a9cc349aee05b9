namespace StudyBot.Packs;

// Min above zero makes the list required; Distinct compares items ignoring case.
internal sealed record ListRule(int Min = 0, int Max = int.MaxValue, int MaxLength = int.MaxValue, bool Distinct = false)
{
    public static ListRule Optional { get; } = new();

    public static ListRule AtLeastOne { get; } = new(Min: 1);
}
