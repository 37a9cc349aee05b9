using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Packs.Uploads;

namespace StudyBot.Scores;

// /stats: one student's games, answers, accuracy and best streak here, per pack and per tag, and the weakest tags.
internal sealed class StatsHandler(StudentStats stats, GuildPacks packs) : ICommandHandler
{
    // A tag needs a few answers before it can be called weak.
    public const int MinAnswersForWeak = 2;

    public CommandDefinition Definition { get; } = new(
        "stats",
        "Your quiz and practice record, or another student's",
        [new("user", "Whose record (default: yours)", OptionType.User)]);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var userId = ulong.TryParse(context.Options.GetString("user"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : context.User.UserId;
        var totals = stats.Read(context.Origin.GuildId ?? 0, userId);
        var catalog = packs.For(context.Origin.GuildId);
        var name = userId == context.User.UserId ? context.User.DisplayName : totals.Name ?? "That student";
        if (totals.Answers == 0)
        {
            return ValueTask.FromResult(Reply.Message($"{Markdown.Fit(name, 40)} has no answers here yet. Try /practice or /quiz start.", ephemeral: true));
        }

        var byPack = totals.Questions.GroupBy(q => q.PackId)
            .Select(g => Line(catalog.Find(g.Key)?.Title ?? g.Key, g.Sum(q => q.Answers), g.Sum(q => q.Correct)));
        var byTag = totals.Questions
            .SelectMany(q => Tags(catalog, q).Select(tag => (tag, q.Answers, q.Correct)))
            .GroupBy(t => t.tag, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Tag: g.Key, Answers: g.Sum(t => t.Answers), Correct: g.Sum(t => t.Correct)))
            .OrderBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();
        var weakest = byTag.Where(t => t.Answers >= MinAnswersForWeak && t.Correct < t.Answers)
            .OrderBy(t => (double)t.Correct / t.Answers).ThenByDescending(t => t.Answers).Take(3).ToList();
        var fields = new List<EmbedField>
        {
            new("Games", totals.Games.ToString(CultureInfo.InvariantCulture), Inline: true),
            new("Answers", totals.Answers.ToString(CultureInfo.InvariantCulture), Inline: true),
            new("Accuracy", Percent(totals.Correct, totals.Answers), Inline: true),
            new("Best streak", totals.BestStreak.ToString(CultureInfo.InvariantCulture), Inline: true),
            new("By pack", Markdown.Truncate(string.Join('\n', byPack), ReplyLimits.FieldValue)),
        };
        if (byTag.Count > 0)
        {
            fields.Add(new("By tag", Markdown.Truncate(string.Join('\n', byTag.Select(t => Line(t.Tag, t.Answers, t.Correct))), ReplyLimits.FieldValue)));
        }

        fields.Add(new("Weakest tags", weakest.Count == 0
            ? "None yet: keep going."
            : Markdown.Truncate(string.Join(", ", weakest.Select(t => $"{Markdown.Fit(t.Tag, 40)} ({Percent(t.Correct, t.Answers)})")) + " · /practice topic: one of these", ReplyLimits.FieldValue)));
        return ValueTask.FromResult(new Reply
        {
            Embeds = [new Embed(Markdown.Fit($"Stats · {name}", ReplyLimits.EmbedTitle), null, fields, "Quizzes, practice and review in this server", 0x3B7DD8)],
            Ephemeral = true,
        });
    }

    private static IEnumerable<string> Tags(PackCatalog catalog, QuestionTally tally) =>
        catalog.Find(tally.PackId)?.Questions.FirstOrDefault(q => q.Id == tally.QuestionId)?.Tags ?? [];

    private static string Line(string what, int answers, int correct) =>
        $"{Markdown.Fit(what, 80)}: {Percent(correct, answers)} of {answers}";

    private static string Percent(int correct, int answers) =>
        answers == 0 ? "–" : ((int)Math.Round(100.0 * correct / answers, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture) + "%";
}
