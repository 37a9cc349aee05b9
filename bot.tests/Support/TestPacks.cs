using StudyBot.Packs;

namespace StudyBot.Tests.Support;

// Packs built in code for tests that are about search and replies, not about YAML.
internal static class TestPacks
{
    public static Source Source(string id, string title, string text, string author = "An author", params string[] tags) =>
        new(id, title, "speech", author, "1931", "A test origin", "A test purpose", text, ["Is it useful?"], tags, null);

    public static Question MultipleChoice(string id, string sourceId) =>
        new(id, QuestionType.MultipleChoice, "How much coal was produced in 1932?", ["35 million tons", "64 million tons", "75 million tons"],
            "64 million tons", [], null, "Output was 64 million tons against a target of 75.", sourceId, Difficulty.Medium, []);

    public static Pack Pack(string id, IReadOnlyList<Source> sources, IReadOnlyList<Question>? questions = null) =>
        new(id, "Test pack " + id, "History", "GCSE", null, false, [], sources, questions ?? [], []);

    public static Pack Workers() => Pack(
        "workers",
        [
            Source("coal-output", "Coal output in the first Five-Year Plan", "Coal: target 75, output 64 million tons in 1932.", "Gosplan", "coal", "statistics"),
            Source("speech-1931", "Stalin's speech to managers, 1931", "We are fifty or a hundred years behind the advanced countries.", "Joseph Stalin", "speech"),
            Source("stakhanov", "Stakhanov's record shift", "Alexei Stakhanov cut 102 tons of coal in one shift in August 1935.", "Pravda", "stakhanovite"),
            Source("labour-books", "The labour-book decree", "Every worker had to carry a labour book recording jobs held.", "Sovnarkom", "law"),
        ],
        [MultipleChoice("q-coal", "coal-output")]);

    // The shipped seeds/ folder, copied beside the tests by the test project.
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");
}
