using System.Text.Json;
using StudyBot.Essays.CommandLine;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Essays;

public sealed class EssayCommandLineTests : IDisposable
{
    private static readonly string[] ParagraphRoles = ["introduction", "body", "conclusion"];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = EssayCommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Analyze_Json_HasTheDocumentedShapeWithOffsetsIntoTheText()
    {
        var text = "Stalin wanted fast industry. In 1932 coal output was 64 million tons, which shows the plan fell short.\n\nIn conclusion, the targets mattered most because they drove every other pressure.";
        var file = folder.Write("essay.txt", text);

        var (code, output, _) = Run("analyze", file, "--question", "Why was there conflict?", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("paragraphs").GetArrayLength());
        foreach (var paragraph in root.GetProperty("paragraphs").EnumerateArray())
        {
            Assert.Contains(paragraph.GetProperty("role").GetString(), ParagraphRoles);
            foreach (var sentence in paragraph.GetProperty("sentences").EnumerateArray())
            {
                var start = sentence.GetProperty("start").GetInt32();
                var end = sentence.GetProperty("end").GetInt32();
                Assert.InRange(start, 0, end);
                Assert.True(end <= text.Length);
                Assert.True(sentence.TryGetProperty("roles", out _));
                foreach (var cue in sentence.GetProperty("cues").EnumerateArray())
                {
                    Assert.Equal(cue.GetProperty("text").GetString(), text[cue.GetProperty("start").GetInt32()..cue.GetProperty("end").GetInt32()]);
                }
            }
        }

        Assert.All(root.GetProperty("checks").EnumerateArray(), c => Assert.True(c.TryGetProperty("passed", out _)));
        Assert.InRange(root.GetProperty("level").GetProperty("value").GetInt32(), 1, 4);
        Assert.True(root.GetProperty("next_steps").GetArrayLength() <= 3);
    }

    [Fact]
    public void Analyze_Folder_ReportsEveryEssayInOrder()
    {
        folder.Write("b.txt", "Second essay. It is short.");
        folder.Write("a.md", "First essay. It is short too.");
        folder.Write("notes.odt", "ignored");

        var (code, output, _) = Run("analyze", folder.Path);

        Assert.Equal(0, code);
        Assert.True(output.IndexOf("a.md", StringComparison.Ordinal) < output.IndexOf("b.txt", StringComparison.Ordinal));
        Assert.DoesNotContain("notes.odt", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("binary")]
    public void Analyze_UnreadableFile_ExplainsAndFails(string @case)
    {
        var path = @case == "missing" ? folder.File("nope.txt") : folder.Write("bin.txt", [0xFF, 0xFE, 0x00, 0xC3, 0x28]);

        var (code, _, error) = Run("analyze", path);

        Assert.Equal(1, code);
        Assert.Contains(@case == "missing" ? "no such file" : "could not be opened as a txt file", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("analyze")]
    [InlineData("grade", "x.txt")]
    [InlineData("analyze", "x.txt", "--colour")]
    public void Run_BadArguments_PrintsUsage(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(EssayCommandLine.Usage, code);
        Assert.StartsWith("Usage:", error, StringComparison.Ordinal);
    }
}
