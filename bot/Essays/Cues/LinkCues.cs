using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// A link ties a paragraph back to the question after its point: a linking phrase, or the question's
// focus words in a sentence that explains. The first sentence of a body paragraph that names the
// question's focus (or a pack term) is its point.
internal static class LinkCues
{
    public static void Add(CueList found, SentenceSite site, QuestionTerms terms)
    {
        var intro = site.Paragraph == ParagraphRole.Introduction;
        var topicSentence = site.Paragraph == ParagraphRole.Body && site.First && !site.OnlyParagraph;
        var opening = intro || site.OnlyParagraph && site.First;
        var linking = !opening && !topicSentence;
        if (linking)
        {
            found.AddAll(CuePatterns.LinkPhrase(), SentenceRole.Link, "link_phrase");
        }

        var (words, stems) = (found.Words, found.Stems);
        var explains = found.Any(SentenceRole.Explanation) || found.Any("link_phrase") || found.Any("importance");
        if (linking && explains)
        {
            foreach (var term in terms.Focus)
            {
                var at = QuestionTerms.Find(term, stems);
                if (at >= 0)
                {
                    found.Add(SentenceRole.Link, "question_term", words[at].Start, words[at].End);
                }
            }
        }

        var judges = explains || found.Any("weighing") || found.Any(SentenceRole.SourceEvaluation);
        if (opening && !found.Any(SentenceRole.Position))
        {
            AddAnswer(found, terms, words, stems, judges);
        }

        if (!topicSentence || found.Any(SentenceRole.Point) || IsFactual(found))
        {
            return;
        }

        if (AddPoint(found, terms.Focus, words, stems) || AddPoint(found, terms.Pack, words, stems))
        {
            return;
        }

        // A paragraph that opens with the other side ("Opponents argue …") makes that its point.
        var claim = found.Cues.Find(c => c.Kind is "consequence" or "counter");
        if (claim is not null)
        {
            found.Add(SentenceRole.Point, "claim", claim.Start, claim.End);
        }
    }

    private static bool AddPoint(CueList found, IReadOnlyList<Term> terms, List<Word> words, List<string> stems)
    {
        foreach (var term in terms)
        {
            var at = QuestionTerms.Find(term, stems);
            if (at >= 0)
            {
                found.Add(SentenceRole.Point, "question_term", words[at].Start, words[at + term.Stems.Count - 1].End);
                return true;
            }
        }

        return false;
    }

    // An opening sentence that explains or judges the question's focus ("conflict happened because …",
    // "Source A is useful for …"), or says something about two of its focus words, answers it: a
    // position even without "I think".
    private static void AddAnswer(CueList found, QuestionTerms terms, List<Word> words, List<string> stems, bool judges)
    {
        var used = terms.Focus.Select(t => QuestionTerms.Find(t, stems)).Where(at => at >= 0).ToList();
        if (used.Count > 0 && (judges || used.Count >= 2 && !IsFactual(found)))
        {
            found.Add(SentenceRole.Position, "answer", words[used[0]].Start, words[used[0]].End);
        }
    }

    private static bool IsFactual(CueList found) =>
        found.Any("number") || found.Any("date") || found.Any("quotation") || found.Any("source_reference");
}
