using StudyBot.Commands;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;
using StudyBot.Quiz.Practice;
using StudyBot.Scores;

namespace StudyBot.Review;

// /review: the questions due for this student, asked privately like practice; each answer reschedules its card.
internal sealed class ReviewHandler(ReviewCards cards, GuildPacks packs, PracticeRuns runs, PracticeHandler practice, TimeProvider time) : ICommandHandler
{
    public const int DefaultCount = 20;

    public CommandDefinition Definition { get; } = new(
        "review",
        "Review the questions you are due to see again (spaced repetition)",
        [new("count", "At most this many (default 20)", OptionType.Integer, MinValue: 1, MaxValue: 50)]);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var guild = context.Origin.GuildId ?? 0;
        var limit = (int)(context.Options.GetInteger("count") ?? DefaultCount);
        var due = cards.Due(guild, context.User.UserId, time.GetUtcNow(), limit)
            .Select(k => QuestionPool.Find(packs.For(context.Origin.GuildId), k.PackId, k.QuestionId))
            .OfType<PoolQuestion>()
            .ToList();
        if (due.Count == 0)
        {
            return ValueTask.FromResult(Reply.Message(
                "Nothing is due for review. Questions you get wrong in /practice or /quiz come back here, then again at growing intervals as you remember them.",
                ephemeral: true));
        }

        var run = runs.Start(context.User.UserId, due, AnswerKind.Review, context.Origin.GuildId);
        var first = practice.Begin(run);
        return ValueTask.FromResult(first with { Text = $"{due.Count} question{(due.Count == 1 ? " is" : "s are")} due for review." });
    }
}
