namespace StudyBot.Essays.Checks;

// Point, Evidence, Explain, Link in every body paragraph; the next step names the first part missing.
internal static class PeelCheck
{
    private static readonly (SentenceRole Role, string Name, string Missing)[] Parts =
    [
        (SentenceRole.Point, "a point", "clear point"),
        (SentenceRole.Evidence, "evidence", "evidence"),
        (SentenceRole.Explanation, "explanation", "explanation"),
        (SentenceRole.Link, "a link back to the question", "link back to the question"),
    ];

    public static void Run(EssayContext essay, CheckResults results)
    {
        foreach (var p in essay.Bodies)
        {
            bool Has(SentenceRole role) => role == SentenceRole.Point ? essay.MakesPoint(p) : p.Has(role);
            var has = Parts.Where(part => Has(part.Role)).Select(part => part.Name).ToList();
            var missing = Parts.Where(part => !Has(part.Role)).ToList();
            if (missing.Count == 0)
            {
                results.Pass("peel", $"Paragraph {p.Number} has a point, evidence, explanation and a link back to the question.", p.Number);
                continue;
            }

            var lacks = string.Join(" or ", missing.Select(m => m.Missing));
            var message = has.Count == 0
                ? $"Paragraph {p.Number} has no point, evidence, explanation or link back to the question."
                : $"Paragraph {p.Number} has {Join(has)}, but no {lacks}.";
            results.Fail("peel", message, p.Number);
            var (sentence, text) = Advice(p, missing[0].Role);
            results.Suggest(Priority.Peel, $"peel-{p.Number}", "peel", p.Number, sentence, text);
        }
    }

    private static string Join(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} and {items[^1]}";

    private static (int? Sentence, string Text) Advice(ParagraphReport p, SentenceRole missing)
    {
        var evidence = p.Sentences.FirstOrDefault(s => s.Has(SentenceRole.Evidence));
        return missing switch
        {
            SentenceRole.Point => (1, $"Open paragraph {p.Number} with a point: one sentence that names the reason or factor the paragraph is about and ties it to the question."),
            SentenceRole.Evidence => (null, $"Support the point in paragraph {p.Number} with specific evidence: a date, a figure, a name, a quotation or a source."),
            SentenceRole.Explanation when evidence is not null => (evidence.Number, $"After sentence {evidence.Number} of paragraph {p.Number}, explain what the evidence shows: “This meant that …” or “As a result …”."),
            SentenceRole.Explanation => (null, $"Explain the point in paragraph {p.Number}: say what it led to, with “This meant that …” or “As a result …”."),
            _ => (p.Sentences[^1].Number, $"End paragraph {p.Number} with a link back to the question: say how this point answers it (“This is why …”)."),
        };
    }
}
