using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Quiz.Channel;

// Answers by button (c = a choice), by form (t opens it, m submits it) and by /quiz answer.
internal sealed partial class QuizHandler
{
    private static readonly Reply Over = Reply.Problem("That quiz has ended.");

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        if (Shared is { } live)
        {
            return await live.HandleComponentAsync(context, cancellationToken);
        }

        var parts = context.Payload.Split(':');
        if (parts.Length < 3 || quizzes.ById(parts[1]) is not { } quiz)
        {
            return Over;
        }

        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var at))
        {
            return Reply.Problem("That question has closed.");
        }

        return parts switch
        {
            ["c", _, _, var o] when int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var option)
                && at == quiz.Index && option < QuestionCard.Options(quiz.Current.Question).Count =>
                await quiz.AnswerAsync(context.Origin, at, option, QuestionCard.Options(quiz.Current.Question)[option], cancellationToken),
            ["t", _, _] when at == quiz.Index => new Reply { Modal = QuestionCard.AnswerForm($"quiz:m:{quiz.Id}:{parts[2]}", quiz.Current.Question) },
            _ => Reply.Problem("That question has closed."),
        };
    }

    public async ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        if (Shared is { } live)
        {
            return await live.HandleModalAsync(context, cancellationToken);
        }

        var parts = context.Payload.Split(':');
        if (parts is not ["m", var id, var at] || quizzes.ById(id) is not { } quiz)
        {
            return Over;
        }

        return int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? await quiz.AnswerAsync(context.Origin, index, null, context.Fields.GetValueOrDefault("answer") ?? "", cancellationToken)
            : Reply.Problem("That question has closed.");
    }

    private async Task<Reply> AnswerTypedAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (Shared is { } live)
        {
            return await live.AnswerTypedAsync(context);
        }

        if (quizzes.InChannel(context.Origin.ChannelId) is not { } quiz)
        {
            return Reply.Problem("No quiz is running in this channel. Start one with /quiz start.");
        }

        return await quiz.AnswerAsync(context.Origin, quiz.Index, null, context.Options.GetString("text") ?? "", cancellationToken);
    }
}
