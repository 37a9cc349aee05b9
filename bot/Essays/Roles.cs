using System.Text.Json.Serialization;

namespace StudyBot.Essays;

// The wire names are part of the report's documented JSON shape, so they live on the members.
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphRole>))]
internal enum ParagraphRole
{
    [JsonStringEnumMemberName("introduction")] Introduction,
    [JsonStringEnumMemberName("body")] Body,
    [JsonStringEnumMemberName("conclusion")] Conclusion,
}

[JsonConverter(typeof(JsonStringEnumConverter<SentenceRole>))]
internal enum SentenceRole
{
    [JsonStringEnumMemberName("position")] Position,
    [JsonStringEnumMemberName("point")] Point,
    [JsonStringEnumMemberName("evidence")] Evidence,
    [JsonStringEnumMemberName("explanation")] Explanation,
    [JsonStringEnumMemberName("link")] Link,
    [JsonStringEnumMemberName("counter_argument")] CounterArgument,
    [JsonStringEnumMemberName("rebuttal")] Rebuttal,
    [JsonStringEnumMemberName("source_evaluation")] SourceEvaluation,
    [JsonStringEnumMemberName("context")] Context,
    [JsonStringEnumMemberName("judgement")] Judgement,
}

internal static class RoleNames
{
    public static string Name(this ParagraphRole role) => role switch
    {
        ParagraphRole.Introduction => "introduction",
        ParagraphRole.Conclusion => "conclusion",
        _ => "body",
    };

    public static string Name(this SentenceRole role) => role switch
    {
        SentenceRole.Position => "position",
        SentenceRole.Point => "point",
        SentenceRole.Evidence => "evidence",
        SentenceRole.Explanation => "explanation",
        SentenceRole.Link => "link",
        SentenceRole.CounterArgument => "counter_argument",
        SentenceRole.Rebuttal => "rebuttal",
        SentenceRole.SourceEvaluation => "source_evaluation",
        SentenceRole.Context => "context",
        _ => "judgement",
    };

    public static bool TryParseParagraph(string name, out ParagraphRole role)
    {
        foreach (var candidate in Enum.GetValues<ParagraphRole>())
        {
            if (candidate.Name() == name)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }

    public static bool TryParseSentence(string name, out SentenceRole role)
    {
        foreach (var candidate in Enum.GetValues<SentenceRole>())
        {
            if (candidate.Name() == name)
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
