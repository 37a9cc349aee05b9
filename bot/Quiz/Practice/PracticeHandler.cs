using StudyBot.Commands;
using StudyBot.Packs.Uploads;

namespace StudyBot.Quiz.Practice;

// /practice: private, self-paced questions for one student, with feedback after each answer.
internal sealed partial class PracticeHandler(GuildPacks packs, PracticeRuns runs, AnswerRecorder recorder, TimeProvider time, IReviewSchedule? schedule = null)
    : ICommandHandler, IComponentHandler, IModalHandler, IAutocompleteHandler
{
    public const int DefaultCount = 10;

    public CommandDefinition Definition { get; } = new(
        "practice",
        "Practise questions privately at your own pace",
        [
            new("pack", "Only questions from this pack", OptionType.String, Autocomplete: true, MaxLength: 100),
            new("topic", "Only questions with this tag, e.g. stakhanov", OptionType.String, Autocomplete: true, MaxLength: 100),
            new("count", "How many questions (default 10)", OptionType.Integer, MinValue: 1, MaxValue: 50),
            new("generated", "Add fill-the-blank questions made from the sources (packs that allow it)", OptionType.Boolean),
        ]);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var catalog = packs.For(context.Origin.GuildId);
        var packId = PackChoices.Blank(context.Options.GetString("pack"));
        var topic = PackChoices.Blank(context.Options.GetString("topic"));
        var generated = context.Options.GetBoolean("generated") ?? false;
        if (QuestionPool.Problem(catalog, packId, topic, generated) is { } problem)
        {
            return ValueTask.FromResult(Reply.Problem(problem));
        }

        var count = (int)(context.Options.GetInteger("count") ?? DefaultCount);
        var run = runs.Start(context.User.UserId, QuestionPool.Draw(catalog, packId, topic, count, Random.Shared, generated: generated), guildId: context.Origin.GuildId);
        return ValueTask.FromResult(Ask(run, ReplyMode.NewMessage));
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PackChoices.Autocomplete(packs.For(context.Origin.GuildId), context));

    // The first question of a run someone else started (a /review session).
    public Reply Begin(PracticeRun run) => Ask(run, ReplyMode.NewMessage);

    private Reply Ask(PracticeRun run, ReplyMode mode)
    {
        run.Order = QuestionCard.Order(run.Current.Question, Random.Shared);
        run.ShownAt = time.GetUtcNow();
        run.Answered = false;
        runs.Save(run);
        var position = run.Position.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var embed = QuestionCard.Ask(run.Current, $"{run.Name} · question {run.Position + 1} of {run.Questions.Count}", run.Order, "no timer: take your time");
        return new Reply
        {
            Embeds = [embed],
            Components =
            [
                QuestionCard.Buttons(run.Current.Question, run.Order, o => $"practice:c:{run.Id}:{position}:{o}", $"practice:t:{run.Id}:{position}"),
                new ComponentRow([new Button($"practice:x:{run.Id}", "Stop", ButtonStyle.Secondary)]),
            ],
            Ephemeral = true,
            Mode = mode,
        };
    }
}
