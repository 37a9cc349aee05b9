using System.Text.Json.Serialization;

namespace StudyBot.Essays;

// Offsets are character offsets into the text that was analysed: Start inclusive, End exclusive.
// Paragraph and sentence numbers count from 1, as a reader counts them in the messages.
internal sealed record EssayReport(
    TextRange? Title,
    int WordCount,
    IReadOnlyList<ParagraphReport> Paragraphs,
    IReadOnlyList<EssayCheck> Checks,
    EssayLevel Level,
    IReadOnlyList<NextStep> NextSteps,
    string? Notice)
{
    public EssayCheck? Check(string id) => Checks.FirstOrDefault(c => c.Id == id);

    [JsonIgnore]
    public IEnumerable<EssayCheck> Failed => Checks.Where(c => !c.Passed);
}

internal readonly record struct TextRange(int Start, int End)
{
    [JsonIgnore]
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}

internal sealed record ParagraphReport(
    int Number,
    ParagraphRole Role,
    int Start,
    int End,
    int WordCount,
    IReadOnlyList<SentenceReport> Sentences)
{
    public bool Has(SentenceRole role)
    {
        foreach (var s in Sentences)
        {
            if (s.Has(role))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed record SentenceReport(
    int Number,
    int Start,
    int End,
    int WordCount,
    IReadOnlyList<SentenceRole> Roles,
    IReadOnlyList<Cue> Cues)
{
    public bool Has(SentenceRole role) => Roles.Contains(role);

    public bool HasCue(string kind)
    {
        foreach (var c in Cues)
        {
            if (c.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}

// Kind names the rule that fired (for example "date" or "origin"); Text is the exact matched words.
internal sealed record Cue(SentenceRole Role, string Kind, string Text, int Start, int End);

internal sealed record EssayCheck(string Id, bool Passed, string Message, int? Paragraph = null, int? Sentence = null);

// Value 0 is kept for input with nothing to mark (empty or unreadable); real essays get 1 to 4.
internal sealed record EssayLevel(int Value, string Name, IReadOnlyList<string> Reasons);

internal sealed record NextStep(string CheckId, int Paragraph, int? Sentence, string Text);
