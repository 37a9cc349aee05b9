using StudyBot.Packs;
using StudyBot.Sources;

namespace StudyBot.Essays.Feedback;

internal sealed record PackEssayQuestion(Pack Pack, EssayQuestion Question)
{
    // "pack/question" fits a modal's custom id, unlike the question's text.
    public string Key => $"{Pack.Id}/{Question.Id}";
}

internal static class EssayQuestions
{
    public static IEnumerable<PackEssayQuestion> All(PackCatalog catalog) =>
        catalog.Packs.SelectMany(p => p.EssayQuestions.Select(q => new PackEssayQuestion(p, q)));

    public static PackEssayQuestion? Find(PackCatalog catalog, string key) =>
        All(catalog).FirstOrDefault(q => q.Key == key || q.Question.Id == key);

    // What a student typed into question:, read as a pack question's key, id or exact wording.
    public static PackEssayQuestion? Named(PackCatalog catalog, string typed) => Find(catalog, typed) ?? ByPrompt(catalog, typed);

    public static PackEssayQuestion? ByPrompt(PackCatalog catalog, string prompt) =>
        All(catalog).FirstOrDefault(q => string.Equals(TitleMatcher.Normalize(q.Question.Prompt), TitleMatcher.Normalize(prompt), StringComparison.Ordinal));

    public static IReadOnlyList<PackEssayQuestion> Suggest(PackCatalog catalog, string typed) =>
        TitleMatcher.Closest(All(catalog), q => q.Question.Prompt, typed, 25, minimum: 0.3);
}
