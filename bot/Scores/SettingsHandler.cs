using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Scores;

// /settings quiz: a server's quiz defaults (scoring, streak bonus, seconds per question), for its managers.
internal sealed class SettingsHandler(ServerScoring settings, Sessions.SessionStore? sessions = null) : ICommandHandler
{
    public CommandDefinition Definition { get; } = new(
        "settings",
        "Server settings: quiz scoring, streak bonus and timers; who counts as a teacher",
        [
            new("quiz", "Quiz defaults for this server; with no options, shows them", OptionType.SubCommand, Options:
            [
                new("scoring", "How right answers score", OptionType.String, Choices: [new("accuracy: 1000 a right answer", "accuracy"), new("speed: faster scores more", "speed")]),
                new("streaks", "Bonus points for right answers in a row", OptionType.Boolean),
                new("seconds", "Seconds per question", OptionType.Integer, MinValue: 5, MaxValue: 300),
            ]),
            new("teachers", "Roles whose members may run live sessions; with no options, lists them", OptionType.SubCommand, Options:
            [
                new("role", "The role to add (or remove)", OptionType.Role),
                new("remove", "Take the role off the list instead", OptionType.Boolean),
            ]),
        ],
        Access.Managers);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Origin.GuildId is not { } guild)
        {
            return ValueTask.FromResult(Reply.Problem("Settings belong to a server; run this in one."));
        }

        if (context.SubCommand == "teachers" && sessions is not null)
        {
            return ValueTask.FromResult(Teachers(guild, context.Options));
        }

        var current = settings.Get(guild);
        var options = context.Options;
        if (options.Values.Count == 0)
        {
            return ValueTask.FromResult(Reply.Message("Quiz defaults here: " + Describe(current), ephemeral: true));
        }

        var scoring = options.GetString("scoring") switch
        {
            "speed" => ScoringMode.Speed,
            "accuracy" => ScoringMode.Accuracy,
            _ => current.Scoring.Mode,
        };
        var updated = new ServerDefaults(
            new ScoringRules(scoring, options.GetBoolean("streaks") ?? current.Scoring.Streaks),
            (int)(options.GetInteger("seconds") ?? current.Seconds));
        settings.Set(guild, updated);
        return ValueTask.FromResult(Reply.Message("Saved. Quiz defaults here: " + Describe(updated), ephemeral: true));
    }

    private Reply Teachers(ulong guild, CommandOptions options)
    {
        if (ulong.TryParse(options.GetString("role"), NumberStyles.None, CultureInfo.InvariantCulture, out var role))
        {
            sessions!.SetTeacherRole(guild, role, teacher: options.GetBoolean("remove") != true);
        }

        var roles = sessions!.TeacherRoles(guild);
        return Reply.Message(
            (roles.Count == 0 ? "No teacher roles are set" : "Teacher roles: " + string.Join(", ", roles.Select(r => $"<@&{r.ToString(CultureInfo.InvariantCulture)}>"))) +
            ". Members with these roles, and anyone with Manage Server, can run /session and manage packs with /pack.",
            ephemeral: true);
    }

    private static string Describe(ServerDefaults defaults) =>
        $"{(defaults.Scoring.Mode == ScoringMode.Speed ? "speed scoring (1000 points under half a second, falling to 500 at the deadline)" : "accuracy scoring (1000 points a right answer)")}, " +
        $"streak bonus {(defaults.Scoring.Streaks ? "on (+100 a right answer in a row, at most +500)" : "off")}, " +
        $"{defaults.Seconds.ToString(CultureInfo.InvariantCulture)} seconds a question. A quiz's own options override these.";
}
