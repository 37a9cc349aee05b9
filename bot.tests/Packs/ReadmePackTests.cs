using System.Text.RegularExpressions;
using StudyBot.Packs;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Packs;

// The README's example pack is the format's documentation; it must stay a pack that loads.
public partial class ReadmePackTests
{
    [GeneratedRegex(@"A complete small pack:\s*```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExamplePack();

    [Fact]
    public void ReadmeExample_Loads()
    {
        var readme = Repository.ReadText("README.md");
        var yaml = ExamplePack().Match(readme).Groups["yaml"].Value;

        var result = PackLoader.Load(yaml, "README.md");

        Assert.Empty(result.Errors);
        Assert.Equal(4, result.Pack!.Questions.Count);
        Assert.Single(result.Pack.Sources);
    }
}
