namespace StudyBot.Essays.Text;

internal static class Lowercase
{
    // Char by char, so every offset in the copy is the same offset in the original.
    public static string Of(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = char.ToLowerInvariant(source[i]);
        }
    });
}
