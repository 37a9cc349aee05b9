using System.Globalization;
using StudyBot.Commands;
using StudyBot.Quiz;

namespace StudyBot.Sessions;

// Presses on a session's messages. Custom ids read session:VERB:ID[:POSITION[:OPTION]]: j join,
// a answer with a choice, t open the typed-answer form (m submits it); the teacher's n next,
// c close, p pause, r resume, s skip, e end.
internal sealed partial class SessionHandler
{
    private static readonly Reply Over = Reply.Problem("That session has ended.");
    private static readonly Reply Moved = Reply.Problem("That question has already closed.");

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        if (parts.Length < 2 || await sessions.FindAsync(parts[1], cancellationToken) is not { } session)
        {
            return Over;
        }

        var at = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var p) ? p : (int?)null;
        switch (parts[0])
        {
            case "j":
                return await session.JoinAsync(context.User, cancellationToken);
            case "a" when at == session.Position && parts.Length == 4 && session.Current is { } item
                && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var option) && option < QuestionCard.Options(item.Question).Count:
                return await session.AnswerAsync(context.Origin, at.Value, option, QuestionCard.Options(item.Question)[option], cancellationToken);
            case "t" when at == session.Position && session.Current is { } typed:
                return new Reply { Modal = QuestionCard.AnswerForm($"session:m:{session.Id}:{at}", typed.Question) };
            case "a" or "t":
                return Moved;
        }

        if (!Runs(session, context.Origin))
        {
            return Reply.Problem("Only the teacher running this session can use that button.");
        }

        return parts[0] switch
        {
            "n" when at is not null => await session.NextAsync(at, cancellationToken),
            "e" => await session.EndAsync(context.User.DisplayName, cancellationToken),
            "c" or "p" or "r" or "s" when at != session.Position => Moved,
            "c" => await session.CloseAsync(cancellationToken),
            "p" => await session.PauseAsync(cancellationToken),
            "r" => await session.ResumeAsync(cancellationToken),
            "s" => await session.SkipAsync(cancellationToken),
            _ => Moved,
        };
    }

    public async ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        if (parts is not ["m", var id, var at] || await sessions.FindAsync(id, cancellationToken) is not { } session)
        {
            return Over;
        }

        return int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            ? await session.AnswerAsync(context.Origin, position, null, context.Fields.GetValueOrDefault("answer") ?? "", cancellationToken)
            : Moved;
    }
}
