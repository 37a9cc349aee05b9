using StudyBot.Packs;
using StudyBot.Quiz.Generated;

namespace StudyBot.Quiz;

internal sealed record PoolQuestion(Pack Pack, Question Question)
{
    public string Key => $"{Pack.Id}/{Question.Id}";
}

// Draws questions from the loaded packs, optionally one pack and one topic (a question tag).
internal static class QuestionPool
{
    // Generated fill-the-blank questions join only when asked for, and only from packs that allow them.
    public static IReadOnlyList<PoolQuestion> All(PackCatalog catalog, string? packId, string? topic, bool generated = false) =>
        [.. catalog.Packs
            .Where(p => packId is null || string.Equals(p.Id, packId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Questions.Concat(generated ? GeneratedQuestions.For(p) : []).Select(q => new PoolQuestion(p, q)))
            .Where(q => topic is null || q.Question.Tags.Any(t => string.Equals(t, topic, StringComparison.OrdinalIgnoreCase)))];

    // In order, a teacher's sequence is asked as written in the pack.
    public static IReadOnlyList<PoolQuestion> Draw(PackCatalog catalog, string? packId, string? topic, int count, Random random, bool inOrder = false, bool generated = false)
    {
        var all = All(catalog, packId, topic, generated).ToArray();
        if (!inOrder)
        {
            random.Shuffle(all);
        }

        return all.Take(count).ToList();
    }

    public static PoolQuestion? Find(PackCatalog catalog, string packId, string questionId) =>
        catalog.Find(packId) is { } pack && pack.Questions.Concat(GeneratedQuestions.For(pack)).FirstOrDefault(q => q.Id == questionId) is { } question
            ? new PoolQuestion(pack, question)
            : null;

    public static IEnumerable<string> Topics(PackCatalog catalog, string? packId) =>
        All(catalog, packId, null).SelectMany(q => q.Question.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);

    // Says what went wrong in words a student can act on, or null when the choice is fine.
    public static string? Problem(PackCatalog catalog, string? packId, string? topic, bool generated = false)
    {
        if (packId is not null && catalog.Find(packId) is null && !catalog.Packs.Any(p => string.Equals(p.Id, packId, StringComparison.OrdinalIgnoreCase)))
        {
            return $"There is no pack '{Commands.Markdown.Fit(packId, 100)}'. Packs here: {string.Join(", ", catalog.Packs.Select(p => p.Id))}.";
        }

        if (All(catalog, packId, topic, generated).Count == 0)
        {
            return topic is null
                ? "There are no questions to ask yet. A teacher can add a pack."
                : $"No questions are tagged '{Commands.Markdown.Fit(topic, 100)}'. Topics: {Commands.Markdown.Fit(string.Join(", ", Topics(catalog, packId).Take(30)), 1500)}.";
        }

        return null;
    }
}
