namespace StudyBot.Essays.Checks;

// "Reliable because the government made it" judges a source by its origin alone. A GCSE answer goes
// on to its purpose (why it was made, for whom) and to what it can and cannot show.
internal static class SourceEvaluationCheck
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        var all = essay.Paragraphs.SelectMany(p => p.Sentences.Select(s => (Paragraph: p, Sentence: s))).ToList();
        var evaluations = all.Where(x => x.Sentence.Has(SentenceRole.SourceEvaluation)).ToList();
        var reference = all.Find(x => x.Sentence.HasCue("source_reference"));
        if (evaluations.Count == 0)
        {
            if (reference.Sentence is not null)
            {
                NoEvaluation(results, reference.Paragraph, reference.Sentence);
            }

            return;
        }

        foreach (var group in evaluations.GroupBy(x => x.Paragraph.Number))
        {
            var kinds = group.SelectMany(x => x.Sentence.Cues).Where(c => c.Role == SentenceRole.SourceEvaluation).ToList();
            if (kinds.Exists(c => c.Kind is "purpose" or "content_limit"))
            {
                continue;
            }

            var (p, s) = group.First();
            var words = QuestionChecks.List(kinds.Select(c => c.Text).Distinct().Take(3));
            var why = kinds.Exists(c => c.Kind == "origin")
                ? $"judges the source only by who made it ({words})"
                : $"calls the source {words} without saying why";
            results.Fail("source_evaluation", $"Sentence {s.Number} of paragraph {p.Number} {why}. It says nothing about why the source was made or what it can and cannot show.", p.Number, s.Number);
            results.Suggest(Priority.Sources, "sources", "source_evaluation", p.Number, s.Number,
                $"In paragraph {p.Number}, sentence {s.Number}, go beyond who made the source: say what its purpose was (why it was made and what its author wanted people to believe), then what it can show and what it cannot.");
            return;
        }

        var cues = QuestionChecks.List(evaluations.SelectMany(x => x.Sentence.Cues)
            .Where(c => c.Kind is "purpose" or "content_limit").Select(c => c.Text).Distinct().Take(3));
        results.Pass("source_evaluation", $"Sources are judged by their purpose or by what they can and cannot show ({cues}).");
    }

    private static void NoEvaluation(CheckResults results, ParagraphReport p, SentenceReport s)
    {
        var name = s.Cues.First(c => c.Kind == "source_reference").Text;
        results.Fail("source_evaluation", $"Paragraph {p.Number} uses “{name}” but never judges how useful or reliable it is.", p.Number, s.Number);
        results.Suggest(Priority.Sources, "sources", "source_evaluation", p.Number, s.Number,
            $"After using “{name}” in paragraph {p.Number}, judge it: who made it and why (its purpose), and what it can and cannot show.");
    }
}
