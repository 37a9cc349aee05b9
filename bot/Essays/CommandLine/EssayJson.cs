using System.Text.Json.Serialization;

namespace StudyBot.Essays.CommandLine;

// The documented JSON shape of a report (README, "Essay feedback on the command line").
// Offsets are character (UTF-16) offsets into the file's text as read.
internal sealed record EssayJson(
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("words")] int Words,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<ParagraphJson> Paragraphs,
    [property: JsonPropertyName("checks")] IReadOnlyList<CheckJson> Checks,
    [property: JsonPropertyName("level")] LevelJson Level,
    [property: JsonPropertyName("next_steps")] IReadOnlyList<NextStepJson> NextSteps)
{
    public static EssayJson From(string? file, EssayReport report) => new(
        file,
        report.WordCount,
        [.. report.Paragraphs.Select(p => new ParagraphJson(p.Role.Name(), p.Start, p.End,
            [.. p.Sentences.Select(s => new SentenceJson(s.Start, s.End, [.. s.Roles.Select(r => r.Name())],
                [.. s.Cues.Select(c => new CueJson(c.Role.Name(), c.Kind, c.Text, c.Start, c.End))]))]))],
        [.. report.Checks.Select(c => new CheckJson(c.Id, c.Passed, c.Message, c.Paragraph, c.Sentence))],
        new LevelJson(report.Level.Value, report.Level.Name, report.Level.Reasons),
        [.. report.NextSteps.Select(s => new NextStepJson(s.Paragraph, s.Sentence, s.Text))]);
}

internal sealed record ParagraphJson(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("sentences")] IReadOnlyList<SentenceJson> Sentences);

internal sealed record SentenceJson(
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("roles")] IReadOnlyList<string> Roles,
    [property: JsonPropertyName("cues")] IReadOnlyList<CueJson> Cues);

internal sealed record CueJson(
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);

internal sealed record CheckJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("paragraph")] int? Paragraph,
    [property: JsonPropertyName("sentence")] int? Sentence);

internal sealed record LevelJson(
    [property: JsonPropertyName("value")] int Value,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string> Reasons);

internal sealed record NextStepJson(
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("sentence")] int? Sentence,
    [property: JsonPropertyName("text")] string Text);

[JsonSourceGenerationOptions(WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EssayJson))]
[JsonSerializable(typeof(IReadOnlyList<EssayJson>))]
internal sealed partial class EssayJsonContext : JsonSerializerContext;
