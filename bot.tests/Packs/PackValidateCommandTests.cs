using StudyBot.Tests.Support;
using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

public sealed class PackValidateCommandTests : IDisposable
{
    private readonly StringWriter stdout = new() { NewLine = "\n" };
    private readonly StringWriter stderr = new() { NewLine = "\n" };

    public void Dispose()
    {
        stdout.Dispose();
        stderr.Dispose();
    }

    [Fact]
    public void Run_GoodFolder_ReturnsZeroAndSummarisesEachPack()
    {
        using var folder = new TempFolder();
        var file = folder.Write("sample.yaml", SamplePacks.Complete);

        var exit = PackValidateCommand.Run(folder.Path, stdout, stderr);

        Assert.Equal(0, exit);
        Assert.Equal($"{file}: ok — 1 source, 4 questions, 1 essay question\n1 pack ok, 0 with errors\n", stdout.ToString());
        Assert.Empty(stderr.ToString());
    }

    [Fact]
    public void Run_BrokenPack_ReturnsOneWithPositionedErrorsOnStderr()
    {
        using var folder = new TempFolder();
        folder.Write("good.yaml", SamplePacks.Minimal("good"));
        var broken = folder.Write("broken.yaml", SamplePacks.Minimal("broken") + "colour: red\n");

        var exit = PackValidateCommand.Run(folder.Path, stdout, stderr);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{broken}:5:1: unknown key 'colour'", stderr.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("1 pack ok, 1 with errors\n", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EmptyFolder_ReturnsOne()
    {
        using var folder = new TempFolder();

        Assert.Equal(1, PackValidateCommand.Run(folder.Path, stdout, stderr));
        Assert.Contains("no .yaml or .yml files found", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingPath_ReturnsTwo()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere");

        Assert.Equal(2, PackValidateCommand.Run(missing, stdout, stderr));
        Assert.Equal($"{missing}: no such file or folder\n", stderr.ToString());
    }
}
