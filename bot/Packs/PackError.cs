namespace StudyBot.Packs;

// Line and Column are 1-based so the text form can be clicked in editors and CI logs.
internal sealed record PackError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
