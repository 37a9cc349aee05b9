namespace StudyBot.Packs;

// The in-memory shape of a content pack; PackLoader builds it from YAML and checks every rule.
internal sealed record Pack(
    string Id,
    string Title,
    string Subject,
    string Level,
    string? Description,
    bool AllowGenerated,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<EssayQuestion> EssayQuestions)
{
    public Source? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);
}

internal sealed record Source(
    string Id,
    string Title,
    string Type,
    string Author,
    string Date,
    string Origin,
    string Purpose,
    string Text,
    IReadOnlyList<string> Prompts,
    IReadOnlyList<string> Tags,
    string? Attribution);

internal enum QuestionType
{
    MultipleChoice,
    TrueFalse,
    ShortAnswer,
    Numeric,
}

internal enum Difficulty
{
    Easy,
    Medium,
    Hard,
}

// Answer is the canonical answer as text: a choice for multiple choice, "true"/"false",
// the expected words for short answers, and the number (invariant culture) for numeric ones.
internal sealed record Question(
    string Id,
    QuestionType Type,
    string Prompt,
    IReadOnlyList<string> Choices,
    string Answer,
    IReadOnlyList<string> Accept,
    double? Tolerance,
    string Explanation,
    string? SourceId,
    Difficulty Difficulty,
    IReadOnlyList<string> Tags);

internal sealed record EssayQuestion(
    string Id,
    string Prompt,
    IReadOnlyList<string> KeyTerms,
    IReadOnlyList<string> Scaffold);
