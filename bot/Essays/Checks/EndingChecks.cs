namespace StudyBot.Essays.Checks;

// How the essay ends: does it finish, does it conclude, does the conclusion judge (with a reason),
// and does it stay clear of new evidence that belongs in a body paragraph.
internal static class EndingChecks
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        var last = essay.Paragraphs[^1];
        var lastSentence = last.Sentences[^1];
        var ending = essay.Text[lastSentence.Start..lastSentence.End].TrimEnd();
        var unfinished = ending.EndsWith("...", StringComparison.Ordinal) || ending.EndsWith('…')
            || !(ending.EndsWith('.') || ending.EndsWith('!') || ending.EndsWith('?') || ending.EndsWith('"') || ending.EndsWith('”') || ending.EndsWith('’'));
        if (unfinished)
        {
            var tail = ending.Length > 40 ? "…" + ending[^40..].TrimStart() : ending;
            results.Fail("finished", $"The essay stops in the middle of a sentence (“{tail}”): it looks unfinished.", last.Number, lastSentence.Number);
        }
        else
        {
            results.Pass("finished", "The essay ends with a complete sentence.");
        }

        var conclusion = essay.Conclusion;
        if (conclusion is null)
        {
            var why = unfinished ? "it stops during" : "it ends with";
            results.Fail("conclusion", $"There is no conclusion: {why} paragraph {last.Number}, which is a {last.Role.Name()} paragraph.", last.Number);
            results.Fail("judgement", "There is no judgement: the essay never says which reason mattered most, or why.", last.Number);
            var finish = unfinished ? $"Finish the sentence that ends paragraph {last.Number}, then add" : $"After paragraph {last.Number}, add";
            results.Suggest(Priority.Ending, "ending", "conclusion", last.Number, unfinished ? lastSentence.Number : null,
                $"{finish} a conclusion that answers the question with a judgement: which reason mattered most, and why it mattered more than the others.");
            return;
        }

        results.Pass("conclusion", $"Paragraph {conclusion.Number} is a conclusion.", conclusion.Number);
        Judgement(results, conclusion);
        NewEvidence(essay, results, conclusion);
    }

    private static void Judgement(CheckResults results, ParagraphReport conclusion)
    {
        var judgement = conclusion.Sentences.FirstOrDefault(s => s.Has(SentenceRole.Judgement));
        if (judgement is null)
        {
            results.Fail("judgement", $"The conclusion (paragraph {conclusion.Number}) sums up but makes no judgement: it never says which reason mattered most.", conclusion.Number);
            results.Suggest(Priority.Ending, "ending", "judgement", conclusion.Number, 1,
                $"Give a judgement in paragraph {conclusion.Number}: “Overall, the most important reason was … because …”.");
            return;
        }

        var justified = conclusion.Sentences.Any(s => s.Has(SentenceRole.Explanation) || s.HasCue("weighing"));
        if (!justified)
        {
            results.Fail("judgement", $"The conclusion gives a judgement (sentence {judgement.Number}) but no reason for it.", conclusion.Number, judgement.Number);
            results.Suggest(Priority.Ending, "ending", "judgement", conclusion.Number, judgement.Number,
                $"Justify the judgement in paragraph {conclusion.Number}, sentence {judgement.Number}: add “because …” and say why it mattered more than the other reasons.");
            return;
        }

        results.Pass("judgement", $"The conclusion gives a justified judgement (sentence {judgement.Number}).", conclusion.Number, judgement.Number);
    }

    // A figure, date, quotation or source first met in the conclusion is new evidence there.
    private static void NewEvidence(EssayContext essay, CheckResults results, ParagraphReport conclusion)
    {
        var seen = essay.Paragraphs.Where(p => p.Number < conclusion.Number)
            .SelectMany(p => p.Sentences).SelectMany(s => s.Cues)
            .Select(c => c.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var fresh = conclusion.Sentences.SelectMany(s => s.Cues.Select(c => (s, c)))
            .FirstOrDefault(x => x.c.Kind is "number" or "date" or "quotation" or "source_reference" && !seen.Contains(x.c.Text));
        if (fresh.c is null)
        {
            results.Pass("conclusion_new_evidence", "The conclusion brings in no new evidence.", conclusion.Number);
            return;
        }

        results.Fail("conclusion_new_evidence", $"The conclusion brings in new evidence (“{fresh.c.Text}”): evidence belongs in a body paragraph, the conclusion weighs what you have shown.", conclusion.Number, fresh.s.Number);
        results.Suggest(Priority.Paragraphing, "new_evidence", "conclusion_new_evidence", conclusion.Number, fresh.s.Number,
            $"Move “{fresh.c.Text}” from the conclusion into the body paragraph it supports.");
    }
}
