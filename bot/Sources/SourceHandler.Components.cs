using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Sources;

// Buttons on /source replies: p = page, q = quiz me, a = answer, r = reveal, o = open the source.
internal sealed partial class SourceHandler
{
    public ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Component(context.Payload));

    private Reply Component(string payload)
    {
        var kind = payload.Length > 1 && payload[1] == ':' ? payload[0] : '?';
        var rest = payload.Length > 2 ? payload[2..] : "";
        switch (kind)
        {
            case 'p' when SourcePaging.Parse(payload) is var (offset, packId, query) && offset >= 0:
                return SearchPage(query, packId, offset, ReplyMode.UpdateMessage);
            case 'q' when lookup.ByKey(rest) is { } found:
                return SourceQuiz.Ask(found);
            case 'o' when lookup.ByKey(rest) is { } found:
                return SourceReplies.Card(found) with { Ephemeral = true };
            case 'a' or 'r':
                return Answer(kind, rest);
            default:
                return Reply.Problem("That button is out of date. Run /source again.");
        }
    }

    // "pack/question" for a reveal, "pack/question:index" for an answer.
    private Reply Answer(char kind, string rest)
    {
        int? chosen = null;
        if (kind == 'a')
        {
            var colon = rest.LastIndexOf(':');
            if (colon < 0 || !int.TryParse(rest[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return Reply.Problem("That button is out of date. Run /source again.");
            }

            chosen = index;
            rest = rest[..colon];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var pack = slash > 0 ? lookup.Pack(rest[..slash]) : null;
        var question = pack?.Questions.FirstOrDefault(q => q.Id == rest[(slash + 1)..]);
        if (pack is null || question is null || (chosen is { } c && c >= SourceQuiz.Options(question).Count))
        {
            return Reply.Problem("That question is no longer in its pack. Run /source again.");
        }

        return SourceQuiz.Answer(pack, question, chosen);
    }
}
