namespace StudyBot.Essays.Checks;

// Specific evidence (a figure, date, name, quotation or source) rather than "many workers" or
// "lots of people": the difference between describing and proving.
internal static class EvidenceCheck
{
    private static readonly HashSet<string> Specific = new(StringComparer.Ordinal)
    {
        "number", "date", "quotation", "source_reference", "name",
    };

    public static void Run(EssayContext essay, CheckResults results)
    {
        var vague = new List<ParagraphReport>();
        var specific = 0;
        foreach (var p in essay.Bodies)
        {
            var evidence = p.Sentences.SelectMany(s => s.Cues).Where(c => c.Role == SentenceRole.Evidence).ToList();
            var count = evidence.Count(c => Specific.Contains(c.Kind));
            specific += count;
            if (evidence.Count > 0 && count == 0)
            {
                vague.Add(p);
            }
        }

        if (specific == 0)
        {
            var at = essay.Bodies.First();
            results.Fail("specific_evidence", "The essay gives no specific evidence: no figures, dates, names, quotations or sources.", at.Number);
            results.Suggest(Priority.Evidence, "evidence", "specific_evidence", at.Number, null,
                $"Add specific evidence to paragraph {at.Number}: a figure, a date, a named person or place, or a short quotation from a source.");
            return;
        }

        if (vague.Count > 0)
        {
            var p = vague[0];
            var phrase = p.Sentences.SelectMany(s => s.Cues).FirstOrDefault(c => c.Kind == "general");
            var example = phrase is null ? "" : $" (“{phrase.Text}”)";
            results.Fail("specific_evidence", $"The evidence in paragraph {p.Number} is general{example}: it says what happened without a figure, date, name or quotation.", p.Number);
            results.Suggest(Priority.Evidence, "evidence", "specific_evidence", p.Number, null,
                $"Make the evidence in paragraph {p.Number} specific: replace the general claim{example} with a figure, date, name or quotation.");
            return;
        }

        results.Pass("specific_evidence", $"The essay uses specific evidence: {specific} figures, dates, names, quotations or source references.");
    }
}
