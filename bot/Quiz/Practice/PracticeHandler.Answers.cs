using System.Globalization;
using StudyBot.Commands;
using StudyBot.Quiz.Matching;
using StudyBot.Scores;

namespace StudyBot.Quiz.Practice;

// Buttons and forms on practice questions: c = a choice, t = open the answer form, n = next, x = stop.
internal sealed partial class PracticeHandler
{
    private static readonly Reply Expired = Reply.Problem("This practice has ended (or the bot restarted). Start again with /practice.");

    public ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        var run = parts.Length > 1 ? runs.Find(parts[1], context.User.UserId) : null;
        if (run is null)
        {
            return ValueTask.FromResult(Expired);
        }

        var reply = parts switch
        {
            ["c", _, var at, var option] when IsCurrent(run, at) && int.TryParse(option, NumberStyles.None, CultureInfo.InvariantCulture, out var chosen)
                && chosen < QuestionCard.Options(run.Current.Question).Count =>
                Answer(context.Origin, run, QuestionCard.Options(run.Current.Question)[chosen], chosen == QuestionCard.CorrectOption(run.Current.Question)),
            ["t", _, var at] when IsCurrent(run, at) => new Reply { Modal = QuestionCard.AnswerForm($"practice:m:{run.Id}:{at}", run.Current.Question) },
            ["n", _] when run.Answered && !run.IsLast => Next(run),
            ["n", _] when run.Answered => Finish(run),
            ["x", _] => Finish(run),
            _ => Reply.Problem("You have already answered that question. Press Next for another."),
        };
        return ValueTask.FromResult(reply);
    }

    public ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':');
        if (parts is not ["m", var id, var at] || runs.Find(id, context.User.UserId) is not { } run)
        {
            return ValueTask.FromResult(Expired);
        }

        if (!IsCurrent(run, at))
        {
            return ValueTask.FromResult(Reply.Problem("You have already answered that question. Press Next for another."));
        }

        var typed = context.Fields.GetValueOrDefault("answer") ?? "";
        return ValueTask.FromResult(Answer(context.Origin, run, typed, AnswerMatcher.IsCorrect(run.Current.Question, typed)));
    }

    private static bool IsCurrent(PracticeRun run, string at) => !run.Answered && at == run.Position.ToString(CultureInfo.InvariantCulture);

    private Reply Answer(Origin origin, PracticeRun run, string given, bool correct)
    {
        var now = time.GetUtcNow();
        run.Answered = true;
        run.Streak = correct ? run.Streak + 1 : 0;
        run.Right += correct ? 1 : 0;
        var item = run.Current;
        var stored = recorder.Record(new AnswerRecord(
            run.QuizId, run.Kind, origin.GuildId ?? 0, origin.ChannelId, origin.User.UserId, origin.User.DisplayName,
            item.Pack.Id, item.Question.Id, given, correct, now - run.ShownAt,
            Scoring.Points(correct, now - run.ShownAt, TimeSpan.Zero, run.Streak, ScoringRules.Default), run.Streak, now));
        if (!stored && runs.Shared)
        {
            // The same press reached another instance first (http mode): its verdict stands.
            return Reply.Problem("You have already answered that question. Press Next for another.");
        }

        runs.Save(run);
        var verdict = correct
            ? $"✅ Right: **{Markdown.Fit(QuestionCard.AnswerText(item.Question), 300)}**"
            : $"❌ Not quite. You answered {Quoted(given)}; the answer is **{Markdown.Fit(QuestionCard.AnswerText(item.Question), 300)}**.";
        if (schedule?.NextReview(origin.GuildId ?? 0, origin.User.UserId, item.Pack.Id, item.Question.Id) is { } next)
        {
            verdict += "\n" + next;
        }
        var buttons = new List<Component> { new Button($"practice:n:{run.Id}", run.IsLast ? "Finish" : "Next ▶", ButtonStyle.Success) };
        if (item.Question.SourceId is { } sourceId && item.Pack.FindSource(sourceId) is not null)
        {
            buttons.Add(new Button($"source:o:{item.Pack.Id}/{sourceId}", "Read the source", ButtonStyle.Secondary));
        }

        return new Reply
        {
            Embeds = [new Embed(Markdown.Fit(item.Question.Prompt, ReplyLimits.EmbedTitle), verdict + "\n\n" + QuestionCard.Explanation(item), [],
                $"Question {run.Position + 1} of {run.Questions.Count} · {run.Right} right so far", correct ? QuestionCard.RightColor : QuestionCard.WrongColor)],
            Components = [new ComponentRow(buttons)],
            Ephemeral = true,
            Mode = ReplyMode.UpdateMessage,
        };
    }

    private Reply Next(PracticeRun run)
    {
        run.Position++;
        return Ask(run, ReplyMode.UpdateMessage);
    }

    private Reply Finish(PracticeRun run)
    {
        runs.End(run.Id);
        var answered = run.Position + (run.Answered ? 1 : 0);
        var wrong = answered - run.Right;
        var text = $"{run.Name} over: {run.Right} of {answered} right." + wrong switch
        {
            0 => "",
            1 => " The one you missed is due in /review.",
            _ => $" The {wrong} you missed are due in /review.",
        };
        return new Reply { Text = text, Ephemeral = true, Mode = ReplyMode.UpdateMessage };
    }

    // What the student typed, shown as text: escaped, cut short, never a ping.
    internal static string Quoted(string given) =>
        given.Trim().Length == 0 ? "nothing" : "\u201C" + Markdown.Fit(given.Trim().ReplaceLineEndings(" "), 100) + "\u201D";
}
