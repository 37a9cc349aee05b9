using StudyBot.Tests.Support;
using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

// Inputs that are not a pack at all: each must come back as one clear error, never an exception.
public sealed class PackLoaderEdgeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void Load_EmptyFile_ReportsEmpty(string yaml)
    {
        var error = AssertSingleError(PackLoader.Load(yaml, "empty.yaml"));

        Assert.Equal("empty.yaml:1:1: the file is empty; a pack needs at least id, title, subject and level", error.ToString());
    }

    [Theory]
    [InlineData("- a\n- b\n", "found a list")]
    [InlineData("just some text\n", "found text")]
    public void Load_RootNotMapping_ReportsMappingExpected(string yaml, string found)
    {
        var error = AssertSingleError(PackLoader.Load(yaml, "p.yaml"));

        Assert.Contains($"the pack must be a mapping of keys, {found}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\0\u0001\u0002PK\u0003\u0004", 1, 1, "U+0000")]
    [InlineData("id: p\ntitle: a\u0007b\n", 2, 9, "U+0007")]
    public void Load_ControlCharacters_ReportsNotTextAtPosition(string yaml, int line, int column, string character)
    {
        var error = AssertSingleError(PackLoader.Load(yaml, "p.yaml"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains($"not text: it contains the control character {character}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverTwoMiB_ReportsTooLarge()
    {
        var yaml = SamplePacks.Head + "description: " + new string('x', PackText.MaxBytes) + "\n";

        Assert.Contains("larger than 2 MiB", AssertSingleError(PackLoader.Load(yaml, "big.yaml")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_ValidFile_LoadsPack()
    {
        using var folder = new TempFolder();

        var result = PackLoader.LoadFile(folder.Write("p.yaml", SamplePacks.Complete));

        Assert.Empty(result.Errors);
        Assert.Equal("sample-pack", result.Pack?.Id);
    }

    [Fact]
    public void LoadFile_InvalidUtf8_ReportsNotText()
    {
        using var folder = new TempFolder();
        var file = folder.Write("binary.yaml", [0xFF, 0xFE, 0x00, 0x41, 0xC3, 0x28]);

        var error = AssertSingleError(PackLoader.LoadFile(file));

        Assert.Equal($"{file}:1:1: the file is not UTF-8 text (binary content?)", error.ToString());
    }

    [Fact]
    public void LoadFile_OverTwoMiB_ReportsTooLarge()
    {
        using var folder = new TempFolder();
        var file = folder.Write("big.yaml", new byte[PackText.MaxBytes + 1]);

        Assert.Contains("larger than 2 MiB", AssertSingleError(PackLoader.LoadFile(file)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.yaml", "no such file")]
    [InlineData("missing-folder/p.yaml", "no such file")]
    [InlineData("", "it is a folder")]
    public void LoadFile_Unreadable_ReportsCannotRead(string name, string reason)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, name);

        var error = AssertSingleError(PackLoader.LoadFile(path));

        Assert.Equal($"{path}:1:1: cannot read the file: {reason}", error.ToString());
    }

    private static PackError AssertSingleError(PackLoadResult result)
    {
        Assert.Null(result.Pack);
        return Assert.Single(result.Errors);
    }
}
