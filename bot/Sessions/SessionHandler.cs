using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;
using StudyBot.Quiz.Channel;
using StudyBot.Scores;

namespace StudyBot.Sessions;

// /session: a teacher-run live quiz. Teachers start, pace and end it; students join and answer.
internal sealed partial class SessionHandler(GuildPacks packs, LiveSessions sessions, SessionStore store, SessionTeachers teachers, ChannelQuizzes? quizzes = null,
    SharedQuizzes? sharedQuizzes = null)
    : ICommandHandler, IComponentHandler, IModalHandler, IAutocompleteHandler
{
    public const int DefaultQuestions = 10;
    public const int DefaultSeconds = 30;

    public CommandDefinition Definition { get; } = new(
        "session",
        "A live quiz a teacher runs for a class, question by question",
        [
            new("start", "Open a session in this channel (teachers)", OptionType.SubCommand, Options:
            [
                new("pack", "Questions from this pack", OptionType.String, Autocomplete: true, MaxLength: 100),
                new("topic", "Only questions with this tag", OptionType.String, Autocomplete: true, MaxLength: 100),
                new("questions", "How many questions (default 10)", OptionType.Integer, MinValue: 1, MaxValue: 50),
                new("seconds", "Seconds per question (default 30)", OptionType.Integer, MinValue: 5, MaxValue: 300),
                new("scoring", "How right answers score (default speed)", OptionType.String, Choices: [new("speed: faster scores more", "speed"), new("accuracy: 1000 a right answer", "accuracy")]),
                new("streaks", "Bonus points for right answers in a row (default on)", OptionType.Boolean),
                new("leaderboard", "When students see the top five (default after each question)", OptionType.String, Choices: [new("after each question", "each"), new("only at the end", "end")]),
                new("in_order", "Ask the questions in the pack's order instead of shuffled", OptionType.Boolean),
            ]),
            new("join", "Join the session in this channel", OptionType.SubCommand),
            new("answer", "Answer the open question by typing", OptionType.SubCommand, Options:
            [
                new("text", "Your answer", OptionType.String, Required: true, MaxLength: 200),
            ]),
            new("next", "Ask the next question (teachers)", OptionType.SubCommand),
            new("close", "Close the open question now and show the answers (teachers)", OptionType.SubCommand),
            new("pause", "Stop the open question's clock (teachers)", OptionType.SubCommand),
            new("resume", "Start the paused clock again (teachers)", OptionType.SubCommand),
            new("skip", "Skip the open question, or the next one (teachers)", OptionType.SubCommand),
            new("remove", "Remove a student from the session; their answers stay in the report (teachers)", OptionType.SubCommand, Options:
            [
                new("student", "Who to remove", OptionType.User, Required: true),
            ]),
            new("end", "End the session: podium for the class, report for you (teachers)", OptionType.SubCommand),
            new("report", "The CSV report of this channel's latest session, or the one you pick (teachers)", OptionType.SubCommand, Options:
            [
                new("session", "Which session", OptionType.String, Autocomplete: true, MaxLength: 100),
            ]),
        ]);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var origin = context.Origin;
        if (origin.GuildId is null)
        {
            return Reply.Problem("Sessions run in a server channel, not in direct messages.");
        }

        // Students' commands (join, answer) never read the teacher roles.
        switch (context.SubCommand)
        {
            case "start":
                return teachers.IsTeacher(context.User, origin.GuildId) ? await StartAsync(context, cancellationToken) : Reply.Problem(SessionTeachers.Refusal);
            case "report":
                return teachers.IsTeacher(context.User, origin.GuildId) ? Report(context) : Reply.Problem(SessionTeachers.Refusal);
        }

        if (await sessions.InChannelAsync(origin.ChannelId, cancellationToken) is not { } session)
        {
            return Reply.Problem("No session is running in this channel. A teacher can open one with /session start.");
        }

        return context.SubCommand switch
        {
            "join" => await session.JoinAsync(context.User, cancellationToken),
            "answer" => await session.AnswerAsync(origin, session.Position, null, context.Options.GetString("text") ?? "", cancellationToken),
            _ when !Runs(session, context.Origin) => Reply.Problem(SessionTeachers.Refusal),
            "next" => await session.NextAsync(null, cancellationToken),
            "close" => await session.CloseAsync(cancellationToken),
            "pause" => await session.PauseAsync(cancellationToken),
            "resume" => await session.ResumeAsync(cancellationToken),
            "skip" => await session.SkipAsync(cancellationToken),
            "remove" => ulong.TryParse(context.Options.GetString("student"), NumberStyles.None, CultureInfo.InvariantCulture, out var student)
                ? await session.RemoveAsync(student, cancellationToken)
                : Reply.Problem("Pick the student to remove."),
            _ => await session.EndAsync(context.User.DisplayName, cancellationToken),
        };
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken)
    {
        if (context.FocusedOption != "session")
        {
            return ValueTask.FromResult(PackChoices.Autocomplete(packs.For(context.Origin.GuildId), context));
        }

        if (context.Origin.GuildId is not { } guild || !teachers.IsTeacher(context.Origin.User, guild))
        {
            return ValueTask.FromResult<IReadOnlyList<OptionChoice>>([]);
        }

        var typed = context.Text.Trim();
        IReadOnlyList<OptionChoice> choices = [.. store.Recent(guild, 100)
            .Select(s => (Row: s, Name: Markdown.Truncate($"{s.CreatedAt:yyyy-MM-dd HH:mm} · {s.PackLabel} · {(s.State == SessionState.Ended ? "ended" : "live")} ({s.Id})", 100)))
            .Where(s => s.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(25)
            .Select(s => new OptionChoice(s.Name, s.Row.Id))];
        return ValueTask.FromResult(choices);
    }

    // The teacher who started it, or anyone who may run sessions here (a colleague taking over).
    private bool Runs(LiveSession session, Origin origin) =>
        origin.User.UserId == session.TeacherId || teachers.IsTeacher(origin.User, origin.GuildId);

    private async Task<Reply> StartAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var catalog = packs.For(context.Origin.GuildId);
        var packId = PackChoices.Blank(options.GetString("pack"));
        var topic = PackChoices.Blank(options.GetString("topic"));
        if (QuestionPool.Problem(catalog, packId, topic) is { } problem)
        {
            return Reply.Problem(problem);
        }

        if (await sessions.InChannelAsync(context.Origin.ChannelId, cancellationToken) is not null)
        {
            return Reply.Problem(AlreadyRunning);
        }

        if (quizzes?.InChannel(context.Origin.ChannelId) is not null || (sharedQuizzes is { Enabled: true } && sharedQuizzes.RunningIn(context.Origin.ChannelId)))
        {
            return Reply.Problem("A /quiz is running in this channel. Let it finish, or stop it with /quiz stop, then start the session.");
        }

        var settings = new SessionSettings(
            TimeSpan.FromSeconds(options.GetInteger("seconds") ?? DefaultSeconds),
            new ScoringRules(options.GetString("scoring") == "accuracy" ? ScoringMode.Accuracy : ScoringMode.Speed, options.GetBoolean("streaks") ?? true),
            options.GetString("leaderboard") != "end");
        var count = (int)(options.GetInteger("questions") ?? DefaultQuestions);

        // A question id appears once: the answers table keeps one answer per student per question id.
        var questions = QuestionPool.Draw(catalog, packId, topic, int.MaxValue, Random.Shared, options.GetBoolean("in_order") ?? false)
            .DistinctBy(q => q.Question.Id, StringComparer.Ordinal).Take(count).ToList();
        var label = packId is not null || questions.Select(q => q.Pack.Id).Distinct(StringComparer.Ordinal).Count() == 1
            ? questions[0].Pack.Title
            : "mixed packs";
        if (topic is not null)
        {
            label += " · " + topic;
        }

        var session = await sessions.StartAsync(context.Origin, label, settings, questions, cancellationToken);
        return session is null
            ? Reply.Problem(AlreadyRunning)
            : Reply.Problem($"Your session is open with {QuizMessages.Plural(questions.Count, "question")}. The lobby is in the channel: press Start when the class has joined. " +
                "You have Next, Close question, Pause, Skip and End on the session's messages, and /session remove for a student.");
    }

    private Reply Report(CommandContext context)
    {
        var guild = context.Origin.GuildId!.Value;
        var chosen = PackChoices.Blank(context.Options.GetString("session"));
        var row = chosen is null
            ? sessions.InChannel(context.Origin.ChannelId)?.Row ?? store.Latest(context.Origin.ChannelId)
            : store.Find(chosen);
        if (row is null || row.GuildId != guild)
        {
            return Reply.Problem(chosen is null
                ? "No session has run in this channel yet. Pick one from another channel with the session: option."
                : "There is no such session on this server. Pick one from the list the session: option offers.");
        }

        var catalog = packs.For(guild);
        var file = SessionReport.File(row.Id, store.Report(row.Id), (pack, question) => QuestionPool.Find(catalog, pack, question)?.Question.Prompt);
        var when = row.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new Reply
        {
            Text = $"Report of the session of {when} UTC ({Markdown.Fit(row.PackLabel, 100)}{(row.State == SessionState.Ended ? "" : ", still running: answers so far")}).",
            Ephemeral = true,
            Files = [file],
        };
    }

    private const string AlreadyRunning = "A session is already running in this channel: carry on with it, or end it with /session end.";
}
