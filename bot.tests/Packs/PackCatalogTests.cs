using StudyBot.Packs;

namespace StudyBot.Tests.Packs;

public sealed class PackCatalogTests
{
    [Theory]
    [InlineData("history", true)]
    [InlineData("maths", true)]
    [InlineData("physics", false)]
    [InlineData("History", false)]
    public void Find_Id_ReturnsMatchingPackOrNull(string id, bool found)
    {
        var catalog = new PackCatalog([Pack("history"), Pack("maths")]);

        Assert.Equal(found ? id : null, catalog.Find(id)?.Id);
    }

    [Fact]
    public void Packs_AfterConstruction_KeepsOrderAndIgnoresLaterChangesToTheSource()
    {
        var source = new List<Pack> { Pack("b"), Pack("a") };
        var catalog = new PackCatalog(source);

        source.Clear();

        Assert.Equal(["b", "a"], catalog.Packs.Select(p => p.Id));
    }

    [Fact]
    public void Constructor_DuplicateIds_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PackCatalog([Pack("a"), Pack("a")]));
    }

    private static Pack Pack(string id) => new(id, "T", "S", "L", null, false, [], [], [], []);
}
