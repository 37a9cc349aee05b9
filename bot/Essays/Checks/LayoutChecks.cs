namespace StudyBot.Essays.Checks;

// Paragraphs a reader can follow (not one wall of text, not one-line fragments) and sentences short
// enough to keep their meaning.
internal static class LayoutChecks
{
    public const int WallOfTextWords = 150;
    public const int LongParagraphWords = 250;
    public const int LongSentenceWords = 40;

    public static void Run(EssayContext essay, CheckResults results)
    {
        Paragraphing(essay, results);
        OneSentenceParagraphs(essay, results);
        SentenceLength(essay, results);
    }

    private static void Paragraphing(EssayContext essay, CheckResults results)
    {
        var paragraphs = essay.Paragraphs;
        if (paragraphs.Count == 1 && paragraphs[0].WordCount > WallOfTextWords)
        {
            results.Fail("paragraphing", $"The essay is one block of {paragraphs[0].WordCount} words. Split it into an introduction, a paragraph for each point and a conclusion.", 1);
            results.Suggest(Priority.Paragraphing, "paragraphing", "paragraphing", 1, null,
                "Break the essay into paragraphs: an introduction with your answer, one paragraph per reason, and a conclusion with your judgement.");
            return;
        }

        var longest = paragraphs.MaxBy(p => p.WordCount)!;
        if (longest.WordCount > LongParagraphWords)
        {
            results.Fail("paragraphing", $"Paragraph {longest.Number} is {longest.WordCount} words long; it probably covers more than one point.", longest.Number);
            results.Suggest(Priority.Paragraphing, "paragraphing", "paragraphing", longest.Number, null,
                $"Split paragraph {longest.Number} where it moves on to a new point, and give each part its own point, evidence and explanation.");
            return;
        }

        results.Pass("paragraphing", $"The essay is in {paragraphs.Count} paragraph{(paragraphs.Count == 1 ? "" : "s")} of a readable length.");
    }

    private static void OneSentenceParagraphs(EssayContext essay, CheckResults results)
    {
        if (essay.Paragraphs.Count < 2)
        {
            return;
        }

        // A one-sentence introduction or conclusion can do its job; a one-sentence body paragraph cannot.
        var thin = essay.Paragraphs.Where(p => p.Role == ParagraphRole.Body && p.Sentences.Count == 1).Select(p => p.Number).ToList();
        if (thin.Count == 0)
        {
            results.Pass("one_sentence_paragraphs", "No body paragraph is a single sentence.");
            return;
        }

        var list = string.Join(", ", thin);
        results.Fail("one_sentence_paragraphs", $"Paragraph{(thin.Count == 1 ? "" : "s")} {list} {(thin.Count == 1 ? "is" : "are")} a single sentence: too thin to make, support and explain a point.", thin[0]);
        results.Suggest(Priority.Paragraphing, "paragraphing", "one_sentence_paragraphs", thin[0], 1,
            $"Develop paragraph {thin[0]}: add evidence and explain it, or join it to the paragraph it belongs with.");
    }

    private static void SentenceLength(EssayContext essay, CheckResults results)
    {
        var longOnes = essay.Paragraphs.SelectMany(p => p.Sentences.Select(s => (p, s)))
            .Where(x => x.s.WordCount > LongSentenceWords).ToList();
        if (longOnes.Count == 0)
        {
            results.Pass("sentence_length", $"No sentence is longer than {LongSentenceWords} words.");
            return;
        }

        var (p, s) = longOnes.MaxBy(x => x.s.WordCount);
        var more = longOnes.Count == 1 ? "" : $" ({longOnes.Count} sentences are over {LongSentenceWords} words)";
        results.Fail("sentence_length", $"Sentence {s.Number} of paragraph {p.Number} is {s.WordCount} words long{more}; long sentences lose the reader.", p.Number, s.Number);
        results.Suggest(Priority.Sentences, "sentences", "sentence_length", p.Number, s.Number,
            $"Split sentence {s.Number} of paragraph {p.Number} ({essay.Quote(s, 40)}) into two or three sentences, one idea each.");
    }
}
