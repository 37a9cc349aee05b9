using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

public sealed class PackLoaderRobustnessTests
{
    private const string Alphabet = "-:[]{}'\"&*!|>#%@`?, \n\t\\a1~.";

    // Seeded, so a failure reproduces. Mutating a valid pack reached YamlDotNet exceptions
    // that are not YamlException (unclosed flow lists, empty keys, bad tags).
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Load_RandomlyMutatedPack_ReturnsErrorsInsteadOfThrowing(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 1000; i++)
        {
            var text = Mutate(SamplePacks.Complete, random);

            var result = PackLoader.Load(text, "fuzz.yaml");

            Assert.True(result.Pack is null != (result.Errors.Count == 0), text);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        for (var n = random.Next(1, 6); n > 0; n--)
        {
            var at = random.Next(chars.Count);
            var c = Alphabet[random.Next(Alphabet.Length)];
            switch (random.Next(3))
            {
                case 0: chars[at] = c; break;
                case 1: chars.Insert(at, c); break;
                default: chars.RemoveAt(at); break;
            }
        }

        return new string([.. chars]);
    }
}
