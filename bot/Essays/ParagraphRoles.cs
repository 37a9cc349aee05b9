using StudyBot.Essays.Cues;

namespace StudyBot.Essays;

// The first paragraph introduces unless it launches straight into a first point; the last concludes
// only when it says so or opens with a judgement: an essay that simply stops has no conclusion.
internal static class ParagraphRoles
{
    // Reads the lower-cased copy of the text, which the patterns expect.
    public static ParagraphRole[] Assign(string lower, IReadOnlyList<(TextRange Range, List<TextRange> Sentences)> paragraphs)
    {
        var roles = new ParagraphRole[paragraphs.Count];
        Array.Fill(roles, ParagraphRole.Body);
        if (paragraphs.Count < 2)
        {
            return roles;
        }

        var first = paragraphs[0].Sentences[0];
        if (!CuePatterns.OpensFirstPoint().IsMatch(lower.AsSpan(first.Start, first.Length)))
        {
            roles[0] = ParagraphRole.Introduction;
        }

        var last = paragraphs[^1];
        var opening = last.Sentences[0];
        var opensWithJudgement = CuePatterns.Importance().IsMatch(lower.AsSpan(opening.Start, opening.Length))
            || CuePatterns.OpensConclusion().IsMatch(lower.AsSpan(opening.Start, opening.Length));
        if (opensWithJudgement || CuePatterns.ConclusionMarker().IsMatch(lower.AsSpan(last.Range.Start, last.Range.Length)))
        {
            roles[^1] = ParagraphRole.Conclusion;
        }

        return roles;
    }
}
