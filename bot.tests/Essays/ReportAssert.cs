using StudyBot.Essays;

namespace StudyBot.Tests.Essays;

// The invariants every report keeps, whatever the input.
internal static class ReportAssert
{
    public static void WellFormed(string text, EssayReport report)
    {
        Assert.InRange(report.Level.Value, 0, 4);
        Assert.NotEmpty(report.Level.Reasons);
        Assert.NotEmpty(report.Checks);
        Assert.All(report.Checks, c => Assert.False(string.IsNullOrWhiteSpace(c.Message)));
        Assert.InRange(report.NextSteps.Count, 0, EssayAnalyzer.MaxNextSteps);
        var previousEnd = report.Title?.End ?? 0;
        foreach (var p in report.Paragraphs)
        {
            Assert.True(p.Start >= previousEnd && p.End > p.Start && p.End <= text.Length);
            foreach (var s in p.Sentences)
            {
                Assert.True(s.Start >= p.Start && s.End <= p.End && s.End > s.Start);
                Assert.Equal(s.Cues.Select(c => c.Role).Distinct().Order(), s.Roles);
                Assert.All(s.Cues, c => Assert.Equal(c.Text, text[c.Start..c.End]));
                Assert.All(s.Cues, c => Assert.True(c.Start >= s.Start && c.End <= s.End));
            }

            previousEnd = p.End;
        }

        Assert.All(report.NextSteps, step =>
        {
            Assert.InRange(step.Paragraph, 0, report.Paragraphs.Count);
            if (step.Sentence is { } n && step.Paragraph > 0)
            {
                Assert.InRange(n, 1, report.Paragraphs[step.Paragraph - 1].Sentences.Count);
            }
        });
    }
}
