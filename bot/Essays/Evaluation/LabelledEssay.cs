namespace StudyBot.Essays.Evaluation;

// One essay of the labelled set, with what a teacher expects the analyzer to find in it.
// Required roles are the ones the analyzer is held to; Also lists roles a teacher sees in the
// sentence that the analyzer is not held to. Precision and recall use both.
internal sealed record LabelledEssay(
    string Name,
    EssayPrompt? Question,
    string Quality,
    IReadOnlyList<ParagraphRole> Paragraphs,
    IReadOnlyList<LabelledSentence> Sentences,
    string Text);

// Fragment picks the sentence of that paragraph (counted from 1) which contains it.
internal sealed record LabelledSentence(
    int Paragraph,
    string Fragment,
    IReadOnlyList<SentenceRole> Required,
    IReadOnlyList<SentenceRole> Also,
    int Line)
{
    public IEnumerable<SentenceRole> Expected => Required.Concat(Also).Distinct();
}
