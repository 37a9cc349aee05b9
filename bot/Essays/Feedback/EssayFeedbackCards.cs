using System.Globalization;
using System.Text;
using StudyBot.Commands;

namespace StudyBot.Essays.Feedback;

// The report as three embeds: the level and next steps, the paragraph map with the words behind
// each role, and the checks. Budgets keep the three within Discord's 6000-character total.
internal static class EssayFeedbackCards
{
    public const int Color = 0x2E5E8C;
    private const int SummaryBudget = 1500;
    private const int MapBudget = 2000;

    private static readonly string Legend = string.Join(" · ", RoleColors.All.Select(c => $"{c.Emoji} {c.Name}"));

    public static Reply Build(EssayReport report, string essay, EssayPrompt? prompt)
    {
        var embeds = new List<Embed> { Summary(report, prompt) };
        if (report.Paragraphs.Count > 0)
        {
            embeds.Add(new Embed("Paragraph map", Fit(ParagraphMap.Describe(report, essay), MapBudget), [], Legend, Color));
        }

        embeds.Add(Checks(report));
        var picture = StructurePicture.Render(report);
        return new Reply
        {
            Embeds = embeds,
            Files = picture is null ? [] : [new FileAttachment(StructurePicture.FileName, "image/png", picture, "A bar per paragraph, coloured by the roles of its sentences")],
        };
    }

    public static Reply Practice(PackEssayQuestion chosen)
    {
        var plan = new StringBuilder();
        for (var i = 0; i < chosen.Question.Scaffold.Count; i++)
        {
            plan.Append(CultureInfo.InvariantCulture, $"{i + 1}. {chosen.Question.Scaffold[i]}\n");
        }

        return new Reply
        {
            Embeds =
            [
                new Embed(
                    Markdown.Fit(chosen.Question.Prompt, ReplyLimits.EmbedTitle),
                    "Plan before you write:\n" + Markdown.Fit(plan.ToString().TrimEnd(), 2500),
                    [new EmbedField("Key terms to use", Markdown.Fit(string.Join(", ", chosen.Question.KeyTerms), ReplyLimits.FieldValue))],
                    Markdown.Truncate($"{chosen.Pack.Title} · when you have written it: /essay feedback question:{chosen.Key}", 300),
                    Color),
            ],
        };
    }

    private static Embed Summary(EssayReport report, EssayPrompt? prompt)
    {
        var text = new StringBuilder();
        if (prompt is not null)
        {
            text.Append("Question: ").Append(Markdown.Fit(prompt.Text, 300)).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"{report.WordCount} words, {report.Paragraphs.Count} paragraphs.\n");
        if (report.Notice is { } notice)
        {
            text.Append(Markdown.Fit(notice, 300)).Append('\n');
        }

        foreach (var reason in report.Level.Reasons)
        {
            text.Append("• ").Append(Markdown.Fit(reason, 400)).Append('\n');
        }

        var steps = report.NextSteps.Select((s, i) => $"{i + 1}. {Where(s.Paragraph, s.Sentence)}{Markdown.Fit(s.Text, 300)}").ToList();
        List<EmbedField> fields = steps.Count == 0 ? [] : [new EmbedField("Next steps", Fit(string.Join('\n', steps), ReplyLimits.FieldValue))];
        var title = report.Level.Value == 0
            ? "Essay feedback"
            : $"Essay feedback: level {report.Level.Value} of 4, {report.Level.Name}";
        return new Embed(Markdown.Truncate(title, ReplyLimits.EmbedTitle), Fit(text.ToString().TrimEnd(), SummaryBudget), fields, "Feedback on structure only; your essay is not stored.", Color);
    }

    private static Embed Checks(EssayReport report)
    {
        var done = report.Checks.Where(c => c.Passed).Select(c => "✅ " + Line(c)).ToList();
        var todo = report.Checks.Where(c => !c.Passed).Select(c => "❌ " + Line(c)).ToList();
        var fields = new List<EmbedField>();
        if (todo.Count > 0)
        {
            fields.Add(new EmbedField("To work on", Fit(string.Join('\n', todo), ReplyLimits.FieldValue)));
        }

        if (done.Count > 0)
        {
            fields.Add(new EmbedField("Done well", Fit(string.Join('\n', done), ReplyLimits.FieldValue)));
        }

        return new Embed("Checks", null, fields, Color: Color);
    }

    private static string Line(EssayCheck check) => Where(check.Paragraph, check.Sentence) + Markdown.Fit(check.Message, 300);

    public static string Where(int? paragraph, int? sentence) => (paragraph, sentence) switch
    {
        ({ } p, { } s) when p > 0 => $"¶{p} s{s}: ",
        ({ } p, null) when p > 0 => $"¶{p}: ",
        _ => "",
    };

    // Lines are already escaped; whole lines are dropped from the end rather than cut mid-way.
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf('\n', max - 2);
        return (cut > 0 ? text[..cut] : text[..(max - 1)]) + "\n…";
    }
}
