using System.Text.Json;
using System.Text.Json.Serialization;
using StudyBot.Essays;

namespace StudyBot.Tests.Essays;

// Pins the JSON shape the command line will print (--json) so the report records stay serialisable
// with source generation and the documented field names.
public sealed class ReportJsonTests
{
    private static readonly string[] CueFields = ["role", "kind", "text", "start", "end"];
    private static readonly string[] CheckFields = ["id", "passed", "message"];

    [Fact]
    public void Serialize_SeedReport_HasTheDocumentedShape()
    {
        var text = TestData.Read("seed-conflict-workers-stalin.txt");
        var report = EssayAnalyzer.Analyze(text, EssayPrompt.Of("Why was there conflict between the workers and Stalin?"));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(report, ReportJsonContext.Default.EssayReport));

        var root = json.RootElement;
        var paragraph = root.GetProperty("paragraphs")[1];
        Assert.Equal("body", paragraph.GetProperty("role").GetString());
        Assert.Equal(report.Paragraphs[1].Start, paragraph.GetProperty("start").GetInt32());
        Assert.Equal(report.Paragraphs[1].End, paragraph.GetProperty("end").GetInt32());
        var sentence = paragraph.GetProperty("sentences")[13];
        Assert.Contains("source_evaluation", sentence.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var cue = sentence.GetProperty("cues")[0];
        Assert.All(CueFields, name => Assert.True(cue.TryGetProperty(name, out _)));
        var check = root.GetProperty("checks")[0];
        Assert.All(CheckFields, name => Assert.True(check.TryGetProperty(name, out _)));
        Assert.Equal(2, root.GetProperty("level").GetProperty("value").GetInt32());
        Assert.Equal(report.NextSteps.Count, root.GetProperty("next_steps").GetArrayLength());
        Assert.False(root.TryGetProperty("failed", out _));
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EssayReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
