using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs.Uploads;
using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

// /quiz start, stop and answer: a timed quiz for everyone in a channel.
// In http mode (shared.Enabled) quizzes live in the database instead, so any instance can serve a press.
internal sealed partial class QuizHandler(GuildPacks packs, ChannelQuizzes quizzes, ServerScoring? serverScoring = null, SharedQuizzes? shared = null)
    : ICommandHandler, IComponentHandler, IModalHandler, IAutocompleteHandler
{
    public const int DefaultQuestions = 5;

    public CommandDefinition Definition { get; } = new(
        "quiz",
        "A timed quiz for everyone in this channel",
        [
            new("start", "Start a quiz in this channel", OptionType.SubCommand, Options:
            [
                new("pack", "Questions from this pack", OptionType.String, Autocomplete: true, MaxLength: 100),
                new("topic", "Only questions with this tag", OptionType.String, Autocomplete: true, MaxLength: 100),
                new("questions", "How many questions (default 5)", OptionType.Integer, MinValue: 1, MaxValue: 25),
                new("seconds", "Seconds per question (default: the server's, 20 unless set)", OptionType.Integer, MinValue: 5, MaxValue: 300),
                new("mode", "Who scores", OptionType.String, Choices: [new("everyone answers", "everyone"), new("first right answer wins", "first")]),
                new("scoring", "How right answers score (default: the server's)", OptionType.String, Choices: [new("accuracy: 1000 a right answer", "accuracy"), new("speed: faster scores more", "speed")]),
                new("streaks", "Bonus points for right answers in a row (default: the server's)", OptionType.Boolean),
                new("in_order", "Ask the questions in the pack's order instead of shuffled", OptionType.Boolean),
                new("generated", "Add fill-the-blank questions made from the sources (packs that allow it)", OptionType.Boolean),
            ]),
            new("stop", "Stop the quiz in this channel (whoever started it, or message managers)", OptionType.SubCommand),
            new("answer", "Answer the open question by typing", OptionType.SubCommand, Options:
            [
                new("text", "Your answer", OptionType.String, Required: true, MaxLength: 200),
            ]),
        ]);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) => context.SubCommand switch
    {
        "start" => await StartAsync(context, cancellationToken),
        "stop" => await StopAsync(context, cancellationToken),
        _ => await AnswerTypedAsync(context, cancellationToken),
    };

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PackChoices.Autocomplete(packs.For(context.Origin.GuildId), context));

    private async Task<Reply> StartAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var catalog = packs.For(context.Origin.GuildId);
        var packId = PackChoices.Blank(options.GetString("pack"));
        var topic = PackChoices.Blank(options.GetString("topic"));
        var generated = options.GetBoolean("generated") ?? false;
        if (QuestionPool.Problem(catalog, packId, topic, generated) is { } problem)
        {
            return Reply.Problem(problem);
        }

        if (quizzes.InChannel(context.Origin.ChannelId) is not null || (Shared is { } running && running.RunningIn(context.Origin.ChannelId)))
        {
            return Reply.Problem("A quiz is already running in this channel. Answer along, or stop it with /quiz stop.");
        }

        var defaults = serverScoring?.Get(context.Origin.GuildId ?? 0) ?? ServerDefaults.Standard;
        var scoring = options.GetString("scoring") switch
        {
            "speed" => ScoringMode.Speed,
            "accuracy" => ScoringMode.Accuracy,
            _ => defaults.Scoring.Mode,
        };
        var settings = new QuizSettings(
            packId,
            topic,
            (int)(options.GetInteger("questions") ?? DefaultQuestions),
            TimeSpan.FromSeconds(options.GetInteger("seconds") ?? defaults.Seconds),
            options.GetString("mode") == "first" ? QuizMode.FirstCorrect : QuizMode.Everyone,
            new ScoringRules(scoring, options.GetBoolean("streaks") ?? defaults.Scoring.Streaks));
        var questions = QuestionPool.Draw(catalog, packId, topic, settings.Questions, Random.Shared, options.GetBoolean("in_order") ?? false, generated);
        var started = Shared is { } live
            ? await live.StartAsync(context.Origin, settings, questions, cancellationToken)
            : await quizzes.StartAsync(context.Origin, settings, questions, cancellationToken) is not null;
        return !started
            ? Reply.Problem("A quiz is already running in this channel. Answer along, or stop it with /quiz stop.")
            : Reply.Problem($"Your quiz has started: {QuizMessages.Plural(questions.Count, "question")}, {settings.PerQuestion.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds each. Stop it with /quiz stop.");
    }

    private SharedQuizzes? Shared => shared is { Enabled: true } ? shared : null;

    private async Task<Reply> StopAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (Shared is { } live)
        {
            return await live.StopAsync(context);
        }

        if (quizzes.InChannel(context.Origin.ChannelId) is not { } quiz)
        {
            return Reply.Problem("No quiz is running in this channel.");
        }

        if (quiz.StartedBy != context.User.UserId && !context.User.Has(Permissions.ManageMessages))
        {
            return Reply.Problem("Only whoever started this quiz, or someone who can manage messages, can stop it.");
        }

        var stopped = await quiz.StopAsync("stopped", $"Quiz stopped by {context.User.DisplayName}", cancellationToken);
        return Reply.Problem(stopped ? "The quiz is stopped. Answers already given are saved." : "That quiz had already ended.");
    }
}
