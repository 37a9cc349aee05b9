namespace StudyBot.Essays.Evaluation;

// One labelled item (a paragraph, or a labelled sentence) with the roles expected and found.
internal sealed record RolePair(string Where, IReadOnlyCollection<string> Expected, IReadOnlyCollection<string> Predicted);

// Problems are the places where the analyzer misses what the labels hold it to.
internal sealed record LabelledComparison(string Essay, IReadOnlyList<RolePair> Pairs, IReadOnlyList<string> Problems);

internal sealed record RoleScore(string Role, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);
}

// Precision and recall per role over the labelled set: paragraph roles over every paragraph,
// sentence roles over the labelled sentences (whose labels list every role a teacher sees there).
internal static class LabelledSetEvaluator
{
    public static IReadOnlyList<RoleScore> Evaluate(IEnumerable<LabelledEssay> essays) =>
        Score(essays.SelectMany(e => Compare(e, EssayAnalyzer.Analyze(e.Text, e.Question)).Pairs));

    public static IReadOnlyList<RoleScore> Score(IEnumerable<RolePair> pairs)
    {
        var counts = new Dictionary<string, (int Tp, int Fp, int Fn)>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            foreach (var role in pair.Expected.Union(pair.Predicted))
            {
                var (tp, fp, fn) = counts.GetValueOrDefault(role);
                var expected = pair.Expected.Contains(role);
                var predicted = pair.Predicted.Contains(role);
                counts[role] = (tp + (expected && predicted ? 1 : 0), fp + (!expected && predicted ? 1 : 0), fn + (expected && !predicted ? 1 : 0));
            }
        }

        return [.. RoleOrder().Where(counts.ContainsKey).Select(r => new RoleScore(r, counts[r].Tp, counts[r].Fp, counts[r].Fn))];
    }

    public static LabelledComparison Compare(LabelledEssay essay, EssayReport report)
    {
        var pairs = new List<RolePair>();
        var problems = new List<string>();
        var count = Math.Max(essay.Paragraphs.Count, report.Paragraphs.Count);
        for (var i = 0; i < count; i++)
        {
            string[] expected = i < essay.Paragraphs.Count ? [essay.Paragraphs[i].Name()] : [];
            string[] predicted = i < report.Paragraphs.Count ? [report.Paragraphs[i].Role.Name()] : [];
            pairs.Add(new RolePair($"paragraph {i + 1}", expected, predicted));
            if (!expected.SequenceEqual(predicted))
            {
                problems.Add($"{essay.Name}: paragraph {i + 1} expected {Show(expected)}, found {Show(predicted)}");
            }
        }

        foreach (var label in essay.Sentences)
        {
            var sentence = Find(essay.Text, report, label);
            var predicted = sentence?.Roles.Select(r => r.Name()).ToList() ?? [];
            pairs.Add(new RolePair($"paragraph {label.Paragraph}: {label.Fragment}", [.. label.Expected.Select(r => r.Name())], predicted));
            var missing = label.Required.Select(r => r.Name()).Except(predicted).ToList();
            if (sentence is null)
            {
                problems.Add($"{essay.Name}, line {label.Line}: no sentence in paragraph {label.Paragraph} contains “{label.Fragment}”");
            }
            else if (missing.Count > 0)
            {
                problems.Add($"{essay.Name}, line {label.Line}: “{label.Fragment}” lacks {Show(missing)} (found {Show(predicted)})");
            }
        }

        return new LabelledComparison(essay.Name, pairs, problems);
    }

    private static SentenceReport? Find(string text, EssayReport report, LabelledSentence label) =>
        label.Paragraph < 1 || label.Paragraph > report.Paragraphs.Count
            ? null
            : report.Paragraphs[label.Paragraph - 1].Sentences
                .FirstOrDefault(s => text.AsSpan(s.Start, s.End - s.Start).Contains(label.Fragment, StringComparison.Ordinal));

    private static IEnumerable<string> RoleOrder() =>
        Enum.GetValues<ParagraphRole>().Select(r => r.Name()).Concat(Enum.GetValues<SentenceRole>().Select(r => r.Name()));

    private static string Show(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles) : "nothing";
}
