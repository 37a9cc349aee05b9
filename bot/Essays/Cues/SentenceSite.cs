namespace StudyBot.Essays.Cues;

// Where a sentence sits decides what its cues mean: "I think" in an introduction states a position,
// in a conclusion it is a judgement; a date in an introduction is context, in a body paragraph evidence.
internal sealed record SentenceSite(
    ParagraphRole Paragraph,
    bool OnlyParagraph,
    bool First,
    bool Last,
    bool AfterSourceReference,
    bool Shouting);
