using System.Globalization;
using System.Text;
using StudyBot.Commands;

namespace StudyBot.Sessions;

// One student's result on one asked question; Answer is null when they gave none.
internal sealed record ReportRow(
    int Position, string PackId, string QuestionId, QuestionStatus Status,
    ulong UserId, string Student, bool Removed,
    string? Answer, bool Correct, TimeSpan Taken, int Points);

// The teacher's report as CSV: a row per student per asked question, then each student's totals.
// Cells a spreadsheet would run as a formula are quoted as text, since names and answers are typed by students.
internal static class SessionReport
{
    public const string Header = "student,student_id,removed,question_number,question,answer,result,seconds,points";

    public static FileAttachment File(string sessionId, IReadOnlyList<ReportRow> rows, Func<string, string, string?> prompt) =>
        new($"session-{sessionId}-report.csv", "text/csv", Encoding.UTF8.GetBytes(Csv(rows, prompt)), "One row per student per question, then totals");

    public static string Csv(IReadOnlyList<ReportRow> rows, Func<string, string, string?> prompt)
    {
        var text = new StringBuilder();
        text.Append(Header).Append("\r\n");
        foreach (var r in rows)
        {
            var result = r.Answer is null ? (r.Status == QuestionStatus.Skipped ? "skipped" : "no answer") : (r.Correct ? "right" : "wrong");
            Line(text, r.Student, Id(r.UserId), r.Removed ? "yes" : "no", (r.Position + 1).ToString(CultureInfo.InvariantCulture),
                prompt(r.PackId, r.QuestionId) ?? r.QuestionId, r.Answer ?? "", result,
                r.Answer is null ? "" : Seconds(r.Taken), r.Answer is null ? "" : r.Points.ToString(CultureInfo.InvariantCulture));
        }

        var asked = rows.Where(r => r.Status == QuestionStatus.Asked).Select(r => r.Position).Distinct().Count();
        var totals = rows.GroupBy(r => r.UserId)
            .Select(g => (First: g.First(), Right: g.Count(r => r.Answer is not null && r.Correct), Answered: g.Count(r => r.Answer is not null),
                Seconds: TimeSpan.FromTicks(g.Where(r => r.Answer is not null).Sum(r => r.Taken.Ticks)), Points: g.Sum(r => r.Answer is null ? 0 : r.Points)))
            .OrderByDescending(t => t.Points).ThenByDescending(t => t.Right).ThenBy(t => t.First.Student, StringComparer.Ordinal);
        foreach (var t in totals)
        {
            Line(text, t.First.Student, Id(t.First.UserId), t.First.Removed ? "yes" : "no", "total", Quiz.Channel.QuizMessages.Plural(asked, "question") + " asked",
                $"{t.Answered} answered", $"{t.Right} right", Seconds(t.Seconds), t.Points.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    // RFC 4180 quoting; a leading = + - @ or tab gets an apostrophe so it stays text in a spreadsheet.
    public static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder text, params string[] cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan taken) => taken.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
