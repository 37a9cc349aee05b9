using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// A link ties a paragraph back to the question: a linking phrase, or the question's own words in a
// sentence that explains. The first sentence of a body paragraph that names part of the question
// (or a pack term) is its point.
internal static class LinkCues
{
    public static void Add(CueList found, SentenceSite site, QuestionTerms terms)
    {
        var intro = site.Paragraph == ParagraphRole.Introduction;
        if (!intro)
        {
            found.AddAll(CuePatterns.LinkPhrase(), SentenceRole.Link, "link_phrase");
        }

        var words = Words.In(found.Text, found.Sentence.Start, found.Sentence.End);
        var stems = words.Select(w => terms.Stems.Of(w.Text)).ToList();
        var explains = found.Any(SentenceRole.Explanation) || found.Any("link_phrase") || found.Any("importance");
        if (!intro && explains)
        {
            foreach (var term in terms.Question)
            {
                var at = QuestionTerms.Find(term, stems);
                if (at >= 0)
                {
                    found.Add(SentenceRole.Link, "question_term", words[at].Start, words[at].End);
                }
            }
        }

        var opening = intro || site.OnlyParagraph && site.First;
        if (opening && explains && !found.Any(SentenceRole.Position))
        {
            AddAnswer(found, terms, words, stems);
        }

        var topicSentence = site.Paragraph == ParagraphRole.Body && site.First && !site.OnlyParagraph;
        if (!topicSentence || found.Any(SentenceRole.Point) || IsFactual(found))
        {
            return;
        }

        foreach (var term in terms.All)
        {
            var at = QuestionTerms.Find(term, stems);
            if (at >= 0)
            {
                found.Add(SentenceRole.Point, "question_term", words[at].Start, words[at + term.Stems.Count - 1].End);
                return;
            }
        }

        var claim = found.Cues.Find(c => c.Kind == "consequence");
        if (claim is not null)
        {
            found.Add(SentenceRole.Point, "claim", claim.Start, claim.End);
        }
    }

    // An opening sentence that explains the question's own focus ("conflict happened because …")
    // answers it, which is a position even without "I think".
    private static void AddAnswer(CueList found, QuestionTerms terms, List<Word> words, List<string> stems)
    {
        foreach (var term in terms.Question.Where(t => !t.IsName))
        {
            var at = QuestionTerms.Find(term, stems);
            if (at >= 0)
            {
                found.Add(SentenceRole.Position, "answer", words[at].Start, words[at].End);
                return;
            }
        }
    }

    private static bool IsFactual(CueList found) =>
        found.Any("number") || found.Any("date") || found.Any("quotation") || found.Any("source_reference");
}
