using StudyBot.Essays.Cues;
using StudyBot.Essays.Text;

namespace StudyBot.Essays;

// Everything the checks read: the text (and its lower-cased copy for the patterns), its map, the
// stems of each sentence's words in order, the question's terms and what kind of text it is.
internal sealed record EssayContext(
    string Text,
    string Lower,
    TextRange? Title,
    IReadOnlyList<ParagraphReport> Paragraphs,
    IReadOnlyList<List<string>> SentenceStems,
    QuestionTerms Terms,
    TextQuality Quality)
{
    public string Of(ParagraphReport p) => Text[p.Start..p.End];

    public string Of(SentenceReport s) => Text[s.Start..s.End];

    public IEnumerable<ParagraphReport> Bodies =>
        Paragraphs.Any(p => p.Role == ParagraphRole.Body) ? Paragraphs.Where(p => p.Role == ParagraphRole.Body) : Paragraphs;

    // In a one-paragraph answer the opening position is also the paragraph's point.
    public bool MakesPoint(ParagraphReport p) =>
        p.Has(SentenceRole.Point) || Paragraphs.Count == 1 && p.Has(SentenceRole.Position);

    public ParagraphReport? Introduction => Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Introduction);

    public ParagraphReport? Conclusion => Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Conclusion);

    // A short quotation of a sentence for messages: its first words, never the whole essay.
    public string Quote(SentenceReport s, int maxLength = 60)
    {
        var text = Of(s);
        return text.Length <= maxLength ? $"“{text}”" : $"“{text[..maxLength].TrimEnd()}…”";
    }
}
