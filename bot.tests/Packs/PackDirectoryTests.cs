using StudyBot.Tests.Support;
using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

public sealed class PackDirectoryTests
{
    [Fact]
    public void LoadAll_FolderWithGoodAndBrokenPack_ReturnsGoodPackAndErrorsNamingBrokenFile()
    {
        using var folder = new TempFolder();
        folder.Write("good.yaml", SamplePacks.Minimal("good"));
        var broken = folder.Write("nested/broken.yml", SamplePacks.Minimal("broken") + "colour: red\n");

        var result = PackDirectory.LoadAll(folder.Path);

        Assert.Equal("good", Assert.Single(result.Packs).Id);
        var error = Assert.Single(result.Errors);
        Assert.Equal((broken, 5, 1), (error.File, error.Line, error.Column));
    }

    [Fact]
    public void LoadAll_DuplicatePackId_SkipsLaterFileWithError()
    {
        using var folder = new TempFolder();
        var first = folder.Write("a.yaml", SamplePacks.Minimal("same"));
        var second = folder.Write("b.yaml", SamplePacks.Minimal("same"));

        var result = PackDirectory.LoadAll(folder.Path);

        Assert.Equal([first], result.Files.Where(f => f.Pack is not null).Select(f => f.File));
        var error = Assert.Single(result.Errors);
        Assert.Equal($"{second}:1:5: pack id 'same' is already used by {first}; this file is skipped", error.ToString());
    }

    [Fact]
    public void LoadAll_Folder_LoadsOnlyYamlFilesRecursivelyInPathOrder()
    {
        using var folder = new TempFolder();
        folder.Write("z.yaml", SamplePacks.Minimal("z"));
        folder.Write("b/inner.YML", SamplePacks.Minimal("inner"));
        folder.Write("a.yml", SamplePacks.Minimal("a"));
        folder.Write("notes.txt", "not a pack");

        var result = PackDirectory.LoadAll(folder.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(["a", "inner", "z"], result.Packs.Select(p => p.Id));
    }

    [Fact]
    public void LoadAll_SingleFile_LoadsItWhateverItsExtension()
    {
        using var folder = new TempFolder();
        var file = folder.Write("pack.txt", SamplePacks.Minimal("one"));

        var result = PackDirectory.LoadAll(file);

        Assert.Equal("one", Assert.Single(result.Packs).Id);
    }

    [Fact]
    public void LoadAll_MissingPath_ReturnsErrorAndNoPacks()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "nowhere");

        var result = PackDirectory.LoadAll(missing);

        Assert.Empty(result.Packs);
        Assert.Equal(missing, Assert.Single(result.Errors).File);
    }
}
