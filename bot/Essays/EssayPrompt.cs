using StudyBot.Packs;

namespace StudyBot.Essays;

// The question an essay answers; KeyTerms are the pack's terms a good answer is expected to use.
internal sealed record EssayPrompt(string Text, IReadOnlyList<string> KeyTerms, string? Id = null)
{
    public static EssayPrompt Of(string text) => new(text, []);

    public static EssayPrompt From(EssayQuestion question) => new(question.Prompt, question.KeyTerms, question.Id);
}
