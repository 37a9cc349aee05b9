using System.Globalization;
using System.Text;
using StudyBot.Commands;
using StudyBot.Packs;
using StudyBot.Quiz;
using StudyBot.Scores;

namespace StudyBot.Sessions;

// The channel messages of a session: the lobby, each question with its countdown and live count,
// the reveal with its chart, and the podium. Custom ids read session:VERB:ID[:POSITION[:OPTION]].
internal static class SessionMessages
{
    public static Reply Lobby(LiveSession session)
    {
        var row = session.Row;
        var joined = session.Students.Where(s => !s.Value.Removed).OrderBy(s => s.Value.JoinedAt).Select(s => Markdown.Fit(s.Value.Name, 32)).ToList();
        var status = row.State switch
        {
            SessionState.Lobby => "Waiting for the teacher to start.",
            SessionState.Ended => "This session has ended.",
            _ => $"Under way: question {row.Position + 1} of {session.Total}. Late joiners are welcome.",
        };
        var buttons = new List<Component> { new Button($"session:j:{session.Id}", "Join", ButtonStyle.Success, Disabled: row.State == SessionState.Ended) };
        if (row.State == SessionState.Lobby)
        {
            buttons.Add(new Button($"session:n:{session.Id}:-1", "Start ▶ (teacher)", ButtonStyle.Primary));
            buttons.Add(new Button($"session:e:{session.Id}", "End session (teacher)", ButtonStyle.Danger));
        }

        return new Reply
        {
            Embeds =
            [
                new Embed(
                    Markdown.Fit($"Live session: {row.PackLabel}", ReplyLimits.EmbedTitle),
                    $"**{Markdown.Fit(row.TeacherName, 40)}** is running a live quiz: {Describe(session)}.\n\n" +
                    "Press **Join** to take part. The questions appear in this channel when the teacher starts; your first answer to each one counts.",
                    [new EmbedField($"Joined ({joined.Count})", joined.Count == 0 ? "Nobody yet." : Markdown.Truncate(string.Join(", ", joined), 1000))],
                    status,
                    QuestionCard.Color),
            ],
            Components = [new ComponentRow(buttons)],
        };
    }

    public static Reply Question(LiveSession session)
    {
        var row = session.Row;
        var item = session.Current!;
        var at = Position(session);
        var paused = row.State == SessionState.Paused;
        var clock = paused
            ? "⏸ Paused by the teacher."
            : $"⏱ Closes <t:{row.DeadlineAt!.Value.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}:R>";
        var embed = Card(session, item);
        var answerButtons = QuestionCard.Buttons(item.Question, row.Order, o => $"session:a:{session.Id}:{at}:{o}", $"session:t:{session.Id}:{at}");
        var teacher = new List<Component>
        {
            paused
                ? new Button($"session:r:{session.Id}:{at}", "Resume (teacher)", ButtonStyle.Success)
                : new Button($"session:p:{session.Id}:{at}", "Pause (teacher)", ButtonStyle.Secondary),
            new Button($"session:c:{session.Id}:{at}", "Close question (teacher)", ButtonStyle.Secondary),
            new Button($"session:s:{session.Id}:{at}", "Skip (teacher)", ButtonStyle.Secondary),
        };
        return new Reply
        {
            Embeds = [embed with { Description = embed.Description + $"\n\n{clock}\n📨 {Answered(session)}" }],
            Components = [paused ? Disabled(answerButtons) : answerButtons, new ComponentRow(teacher)],
        };
    }

    public static Reply Closed(LiveSession session, string why)
    {
        var item = session.Current!;
        var embed = Card(session, item);
        var buttons = QuestionCard.Buttons(item.Question, session.Row.Order, o => $"session:a:{session.Id}:x:{o}", $"session:t:{session.Id}:x");
        return new Reply
        {
            Embeds = [embed with { Description = embed.Description + $"\n\n⏹ Closed: {why}. {Answered(session)}" }],
            Components = [Disabled(buttons)],
        };
    }

    public static Reply Reveal(LiveSession session, bool last)
    {
        var item = session.Current!;
        var answers = session.CurrentAnswers;
        var right = answers.Where(a => a.Correct).ToList();
        var fastest = right.OrderBy(a => a.Taken).ThenBy(a => a.Name, StringComparer.Ordinal).Take(3)
            .Select((a, i) => $"{QuestionCard.Medal(i + 1)} {Markdown.Fit(a.Name, 40)}: {Seconds(a.Taken)} (+{a.Points})").ToList();
        var fields = new List<EmbedField>
        {
            new("How the class answered", Breakdown(session)),
            new("Fastest right answers", fastest.Count == 0 ? "Nobody got it this time." : string.Join('\n', fastest)),
        };
        if (session.Row.Settings.BoardEachQuestion)
        {
            fields.Add(new EmbedField("Top five so far", Ranking(session, 5) is { Length: > 0 } top ? top : "No points yet."));
        }

        var at = Position(session);
        return new Reply
        {
            Embeds =
            [
                new Embed(
                    Markdown.Fit($"Answer {session.Position + 1} of {session.Total}: {QuestionCard.AnswerText(item.Question)}", ReplyLimits.EmbedTitle),
                    QuestionCard.Explanation(item),
                    fields,
                    $"{Answered(session)} · {right.Count} right",
                    QuestionCard.RightColor),
            ],
            Files = [SessionChart.File(session)],
            Components =
            [
                new ComponentRow(
                [
                    new Button($"session:n:{session.Id}:{at}", last ? "Finish: show the podium (teacher)" : "Next question ▶ (teacher)", ButtonStyle.Primary),
                    new Button($"session:e:{session.Id}", "End session (teacher)", ButtonStyle.Danger),
                ]),
            ],
        };
    }

    public static Reply Podium(LiveSession session, string reason)
    {
        var ranked = Ranked(session).ToList();
        var text = new StringBuilder();
        var rank = 0;
        for (var i = 0; i < ranked.Count && i < 10; i++)
        {
            rank = i > 0 && ranked[i].Points == ranked[i - 1].Points && ranked[i].Right == ranked[i - 1].Right ? rank : i + 1;
            var s = ranked[i];
            var line = $"{QuestionCard.Medal(rank)} {Markdown.Fit(s.Name, 40)}: {s.Points} points, {s.Right} of {s.Answered} right, best streak {s.BestStreak}";
            text.AppendLine(rank <= 3 ? $"**{line}**" : line);
        }

        var asked = session.Row.Position + 1;
        return new Reply
        {
            Embeds =
            [
                new Embed(
                    Markdown.Fit("🏆 " + reason, ReplyLimits.EmbedTitle),
                    ranked.Count == 0 ? "Nobody scored in this session." : text.ToString().TrimEnd(),
                    [],
                    $"{QuizPlural(ranked.Count, "student")} · {QuizPlural(Math.Max(0, asked), "question")} of {session.Total} · the teacher has the full report",
                    QuestionCard.Color),
            ],
        };
    }

    public static Reply Restarted(LiveSession session)
    {
        var row = session.Row;
        var at = Position(session);
        var text = row.State switch
        {
            SessionState.Lobby => "🔄 StudyBot restarted. The lobby is still open: press Join above; the teacher starts when the class is ready.",
            SessionState.Revealed => $"🔄 StudyBot restarted. The session carries on after question {row.Position + 1} of {session.Total}; every answer so far is kept.",
            _ => $"🔄 StudyBot restarted. Question {row.Position + 1} of {session.Total} is still open below; every answer so far is kept.",
        };
        var buttons = row.State == SessionState.Revealed
            ? new[]
            {
                new Button($"session:n:{session.Id}:{at}", "Next question ▶ (teacher)", ButtonStyle.Primary),
                new Button($"session:e:{session.Id}", "End session (teacher)", ButtonStyle.Danger),
            }
            : [];
        return new Reply { Text = text, Components = buttons.Length == 0 ? [] : [new ComponentRow(buttons)] };
    }

    // "B. 1946" for a choice as shown; "True" for true/false.
    public static string OptionLabel(Question question, IReadOnlyList<int> order, int option) =>
        question.Type == QuestionType.MultipleChoice
            ? $"{QuestionCard.Letter(order.ToList().IndexOf(option))}. {QuestionCard.Options(question)[option]}"
            : QuestionCard.Options(question)[option];

    public static IEnumerable<SessionStudent> Ranked(LiveSession session) =>
        session.Students.Values.Where(s => !s.Removed && s.Answered > 0)
            .OrderByDescending(s => s.Points).ThenByDescending(s => s.Right).ThenBy(s => s.Name, StringComparer.Ordinal);

    private static string Ranking(LiveSession session, int count) =>
        string.Join('\n', Ranked(session).Take(count).Select((s, i) => $"{i + 1}. {Markdown.Fit(s.Name, 40)}: {s.Points}"));

    private static string Breakdown(LiveSession session)
    {
        var question = session.Current!.Question;
        var answers = session.CurrentAnswers;
        if (QuestionCard.IsTyped(question))
        {
            var right = answers.Count(a => a.Correct);
            return $"{right} right, {answers.Count - right} wrong";
        }

        var correct = QuestionCard.CorrectOption(question);
        var lines = session.Row.Order.Select(o =>
            $"{(o == correct ? "✅" : "▫️")} {Markdown.Fit(OptionLabel(question, session.Row.Order, o), 120)}: {answers.Count(a => a.Option == o)}").ToList();
        if (answers.Count(a => a.Option is null) is > 0 and var other)
        {
            lines.Add($"▫️ typed something else: {other}");
        }

        return string.Join('\n', lines);
    }

    private static Embed Card(LiveSession session, PoolQuestion item) =>
        QuestionCard.Ask(item, $"Question {session.Position + 1} of {session.Total}", session.Row.Order, "live session · first answer counts");

    private static string Describe(LiveSession session)
    {
        var settings = session.Row.Settings;
        return $"{QuizPlural(session.Total, "question")}, {settings.PerQuestion.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds each · " +
            (settings.Scoring.Mode == ScoringMode.Speed ? "faster right answers score more" : "1000 points a right answer") +
            (settings.Scoring.Streaks ? " · streak bonus" : "") +
            (settings.BoardEachQuestion ? " · top five shown after each question" : " · scores shown at the end");
    }

    private static string Answered(LiveSession session) =>
        $"{session.CurrentAnswers.Count} of {Math.Max(session.Players, session.CurrentAnswers.Count)} answered";

    private static string Position(LiveSession session) => session.Position.ToString(CultureInfo.InvariantCulture);

    private static ComponentRow Disabled(ComponentRow row) =>
        new([.. row.Items.OfType<Button>().Select(b => b with { Disabled = true })]);

    private static string Seconds(TimeSpan taken) => taken.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    private static string QuizPlural(int count, string noun) => Quiz.Channel.QuizMessages.Plural(count, noun);
}
