using StudyBot.Essays.Cues;

namespace StudyBot.Essays.Checks;

// Does the essay use the words of the question it was set, and the pack's key terms? A title that
// repeats the question does not count: the answer has to use them.
internal static class QuestionChecks
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        if (essay.Terms.Question.Count == 0 && essay.Terms.Pack.Count == 0)
        {
            return;
        }

        bool Used(Term t) => essay.SentenceStems.Any(s => QuestionTerms.Find(t, s) >= 0);

        var question = essay.Terms.Question;
        if (question.Count > 0)
        {
            // Names ("Stalin", "Soviet") set the topic; the answer is judged on the other words.
            var asked = question.Where(t => !t.IsName).ToList();
            var missing = asked.Where(t => !Used(t)).Select(t => t.Display).ToList();
            var needed = (int)Math.Ceiling(asked.Count * 0.75);
            if (asked.Count - missing.Count >= needed)
            {
                results.Pass("answers_question", $"The essay uses the question's words ({List(question.Select(t => t.Display))}).");
            }
            else
            {
                results.Fail("answers_question", $"The essay never uses {List(missing, "or")} from the question, so it may not be answering the question that was set.", 1);
                results.Suggest(Priority.Focus, "focus", "answers_question", 1, null,
                    $"Answer the question in its own words: use “{string.Join("”, “", missing)}” in your introduction and at the end of each paragraph, saying how your point explains it.");
            }
        }

        var pack = essay.Terms.Pack;
        if (pack.Count > 0)
        {
            var used = pack.Where(Used).Select(t => t.Display).ToList();
            var unused = pack.Select(t => t.Display).Except(used).ToList();
            if (used.Count >= Math.Min(2, pack.Count))
            {
                results.Pass("key_terms", $"The essay uses {used.Count} of the topic's {pack.Count} key terms ({List(used)}).");
            }
            else
            {
                results.Fail("key_terms", $"The essay uses {used.Count} of the topic's {pack.Count} key terms. Terms that would show your knowledge: {List(unused.Take(5))}.");
                results.Suggest(Priority.Evidence, "evidence", "key_terms", essay.Bodies.First().Number, null,
                    $"Use the topic's key terms where they fit, for example {List(unused.Take(3))}.");
            }
        }
    }

    public static string List(IEnumerable<string> items, string and = "and")
    {
        var all = items.Select(i => $"“{i}”").ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} {and} {all[^1]}";
    }
}
