using System.Globalization;
using System.Text;
using StudyBot.Commands;
using StudyBot.Packs.Uploads;

namespace StudyBot.Scores;

// /leaderboard: the top ten of this server or channel, for a pack and a period, and the caller's own rank.
internal sealed class LeaderboardHandler(Leaderboards boards, GuildPacks packs, TimeProvider time) : ICommandHandler, IAutocompleteHandler
{
    public CommandDefinition Definition { get; } = new(
        "leaderboard",
        "Quiz scores in this server or channel",
        [
            new("where", "This server (default) or only this channel", OptionType.String, Choices: [new("this server", "server"), new("this channel", "channel")]),
            new("period", "Which answers count (default: all time)", OptionType.String, Choices: [new("this week", "week"), new("this month", "month"), new("all time", "all")]),
            new("pack", "Only this pack's questions", OptionType.String, Autocomplete: true, MaxLength: 100),
        ]);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var packId = options.GetString("pack")?.Trim() is { Length: > 0 } p ? p : null;
        var period = options.GetString("period") switch { "week" => Period.Week, "month" => Period.Month, _ => Period.All };
        var channel = options.GetString("where") == "channel";
        var scope = new BoardScope(context.Origin.GuildId ?? 0, channel ? context.Origin.ChannelId : null, packId, period);
        var board = boards.Read(scope, context.User.UserId, time.GetUtcNow());
        var title = $"Leaderboard · {(channel ? "this channel" : "this server")} · {PeriodName(period)}"
            + (packId is null ? "" : " · " + (packs.For(context.Origin.GuildId).Find(packId)?.Title ?? packId));
        return ValueTask.FromResult(new Reply
        {
            Embeds = [new Embed(Markdown.Fit(title, ReplyLimits.EmbedTitle), Lines(board), [], Footer(board), 0x3B7DD8)],
        });
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken)
    {
        IReadOnlyList<OptionChoice> choices = [.. packs.For(context.Origin.GuildId).Packs
            .Where(p => (p.Id + " " + p.Title).Contains(context.Text.Trim(), StringComparison.OrdinalIgnoreCase))
            .Take(25).Select(p => new OptionChoice(Markdown.Truncate($"{p.Title} ({p.Id})", 100), p.Id))];
        return ValueTask.FromResult(choices);
    }

    private static string Lines(Board board)
    {
        if (board.Top.Count == 0)
        {
            return "No quiz answers here yet. Start one with /quiz start.";
        }

        var text = new StringBuilder();
        foreach (var row in board.Top)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{Rank(row.Rank)} {Name(row)}: {row.Points} points ({row.Correct} of {row.Answers} right)");
        }

        return text.ToString().TrimEnd();
    }

    private static string Footer(Board board) => board.Caller is { } me
        ? $"You: rank {me.Rank} of {board.Players} with {me.Points} points"
        : "You have no quiz answers here yet.";

    private static string Name(BoardRow row) => row.Name.Length > 0 ? Markdown.Fit(row.Name, 40) : "someone";

    private static string Rank(int rank) => rank switch
    {
        1 => "🥇",
        2 => "🥈",
        3 => "🥉",
        _ => rank.ToString(CultureInfo.InvariantCulture) + ".",
    };

    private static string PeriodName(Period period) => period switch
    {
        Period.Week => "this week",
        Period.Month => "this month",
        _ => "all time",
    };
}
