namespace StudyBot.Essays.Checks;

// Balance is another factor or the other side; weighing is saying which matters more, and why.
internal static class BalanceCheck
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        var counter = essay.Paragraphs.SelectMany(p => p.Sentences.Select(s => (p, s)))
            .FirstOrDefault(x => x.s.Has(SentenceRole.CounterArgument));
        var factors = essay.Bodies.Count(p => p.Sentences.Any(s => s.Cues.Any(c => c.Role == SentenceRole.Point && c.Kind is "factor" or "signpost")));
        if (counter.s is null && factors < 2)
        {
            var at = essay.Bodies.Last();
            results.Fail("balance", "The essay argues one side only: it never considers another factor or the other side.", at.Number);
            results.Suggest(Priority.Balance, "balance", "balance", at.Number, null,
                $"After paragraph {at.Number}, add a paragraph on another factor or the other side (“However, …” or “Another reason was …”), then say which matters more.");
            return;
        }

        var found = counter.s is null ? $"{factors} factors" : $"another side (“{counter.s.Cues.First(c => c.Role == SentenceRole.CounterArgument).Text}”, paragraph {counter.p.Number})";
        results.Pass("balance", $"The essay considers {found}.");
        var weighing = essay.Paragraphs.Where(p => p.Role != ParagraphRole.Introduction)
            .SelectMany(p => p.Sentences.Select(s => (p, s)))
            .FirstOrDefault(x => x.s.HasCue("weighing"));
        if (weighing.s is not null)
        {
            var cue = weighing.s.Cues.First(c => c.Kind == "weighing");
            results.Pass("weighing", $"Paragraph {weighing.p.Number} weighs the sides (“{cue.Text}”).", weighing.p.Number, weighing.s.Number);
            return;
        }

        var last = essay.Conclusion ?? essay.Paragraphs[^1];
        results.Fail("weighing", "The essay gives more than one side but never weighs them: it doesn't say which matters more, or why.", last.Number);
        results.Suggest(Priority.Balance, "balance", "weighing", last.Number, null,
            $"In paragraph {last.Number}, weigh the factors against each other: “… was more important than … because …”.");
    }
}
