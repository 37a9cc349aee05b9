using StudyBot.Text;

namespace StudyBot.Tests.Text;

public sealed class DamerauTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ab", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Distance_KnownPairs(string a, string b, int expected)
    {
        Assert.Equal(expected, Damerau.Distance(a, b, 10));
    }

    [Fact]
    public void Distance_PastTheLimit_ReturnsLimitPlusOne()
    {
        Assert.Equal(3, Damerau.Distance("aaaaaaaa", "bbbbbbbb", 2));
    }

    // Within is the spelling check's allocation-free form of Distance(a, b, limit) <= limit.
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "ab", 1)]
    [InlineData("ab", "", 2)]
    [InlineData("between", "bewteen", 1)]
    [InlineData("between", "bewteen", 0)]
    [InlineData("collectivisation", "colectivsation", 2)]
    [InlineData("collectivisation", "colectivsaton", 2)]
    [InlineData("stakhanovite", "stakanovites", 2)]
    [InlineData("kitten", "sitting", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 2)]
    [InlineData("abcdefgh", "zyxwvuts", 1)]
    public void Within_KnownPairs_AgreesWithDistance(string a, string b, int limit)
    {
        Assert.Equal(Damerau.Distance(a, b, limit) <= limit, Damerau.Within(a, b, limit));
    }

    [Fact]
    public void Within_RandomPairs_AgreesWithDistance()
    {
        var random = new Random(1126);
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random, random.Next(0, 12));
            var b = random.Next(3) == 0 ? Word(random, random.Next(0, 12)) : Mutate(random, a);
            var limit = random.Next(0, 4);
            Assert.True(Damerau.Distance(a, b, limit) <= limit == Damerau.Within(a, b, limit), $"{a} {b} {limit}");
        }

        // Longer than the stack buffer.
        for (var n = 0; n < 200; n++)
        {
            var longA = Word(random, 100);
            var longB = Mutate(random, longA);
            Assert.Equal(Damerau.Distance(longA, longB, 2) <= 2, Damerau.Within(longA, longB, 2));
        }
    }

    private static string Word(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(4)))]);

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        for (var edits = random.Next(0, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(4))
            {
                case 0:
                    chars.Insert(at, (char)('a' + random.Next(4)));
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                case 2 when at < chars.Count:
                    chars[at] = (char)('a' + random.Next(4));
                    break;
                case 3 when at + 1 < chars.Count:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }
        }

        return new string([.. chars]);
    }
}
