namespace StudyBot.Essays.Cues;

// Points, positions, judgements and weighing: the same words mean different things by place.
internal static class ArgumentCues
{
    public static void Add(CueList found, SentenceSite site)
    {
        var body = site.Paragraph == ParagraphRole.Body && !site.OnlyParagraph;
        if (body && site.First)
        {
            found.AddAll(CuePatterns.Signpost(), SentenceRole.Point, "signpost");
        }

        if (site.Paragraph == ParagraphRole.Body)
        {
            found.AddAll(CuePatterns.Factor(), SentenceRole.Point, "factor");
        }

        if (Stance(site) is { } stance)
        {
            found.AddAll(CuePatterns.Stance(), stance, "stance");
            found.AddAll(CuePatterns.Importance(), stance, "importance");
        }
        else if (body)
        {
            found.AddAll(CuePatterns.Importance(), site.First ? SentenceRole.Point : SentenceRole.Judgement, "importance");
        }

        var marker = site.Paragraph == ParagraphRole.Introduction ? SentenceRole.Position : SentenceRole.Judgement;
        found.AddAll(CuePatterns.ConclusionMarker(), marker, "conclusion_marker");
        if (site.Paragraph == ParagraphRole.Conclusion)
        {
            found.AddAll(CuePatterns.OpensConclusion(), SentenceRole.Judgement, "conclusion_marker");
        }
        // Weighing is a rebuttal in the body; in the conclusion it is also the judgement, and in the
        // introduction ("less useful than") it states the position.
        var weighing = site.Paragraph == ParagraphRole.Introduction ? SentenceRole.Position : SentenceRole.Rebuttal;
        found.AddAll(CuePatterns.Weighing(), weighing, "weighing");
        if (site.Paragraph == ParagraphRole.Conclusion)
        {
            found.AddAll(CuePatterns.Weighing(), SentenceRole.Judgement, "weighing");
        }
    }

    // In a one-paragraph answer the opening states the position and the close gives the judgement.
    private static SentenceRole? Stance(SentenceSite site) => site.Paragraph switch
    {
        ParagraphRole.Introduction => SentenceRole.Position,
        ParagraphRole.Conclusion => SentenceRole.Judgement,
        _ when site.OnlyParagraph && site.First => SentenceRole.Position,
        _ when site.OnlyParagraph && site.Last => SentenceRole.Judgement,
        _ => null,
    };
}
