using System.Text.RegularExpressions;
using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// Runs every pattern over one sentence and turns each match into a cue for the role it signals
// where the sentence sits. A sentence's roles are exactly the roles of its cues.
internal static class CueFinder
{
    public static List<Cue> Find(string text, string lower, TextRange sentence, SentenceSite site, QuestionTerms terms)
    {
        var found = new CueList(text, lower, sentence);
        var intro = site.Paragraph == ParagraphRole.Introduction;
        var fact = intro ? SentenceRole.Context : SentenceRole.Evidence;

        var references = found.Matches(CuePatterns.SourceReference());
        foreach (var (s, e) in found.Matches(CuePatterns.Number()))
        {
            if (!IsListNumber(text, sentence, s, e) && !references.Exists(r => r.Start <= s && e <= r.End))
            {
                found.Add(fact, IsYear(text, s, e) ? "date" : "number", s, e);
            }
        }

        found.AddAll(CuePatterns.NumberWords(), fact, "number");
        foreach (var (s, e) in references)
        {
            found.Add(SentenceRole.Evidence, "source_reference", s, e);
        }

        foreach (var (s, e) in found.Matches(CuePatterns.Quotation()))
        {
            if (Words.Count(text.AsSpan(s, e - s)) >= 3)
            {
                found.Add(SentenceRole.Evidence, "quotation", s, e);
            }
        }

        found.AddAll(CuePatterns.Example(), SentenceRole.Evidence, "example");
        if (!site.Shouting)
        {
            foreach (var (s, e) in NameFinder.Find(text, sentence, terms))
            {
                found.Add(fact, "name", s, e);
            }
        }

        found.AddAll(CuePatterns.Background(), SentenceRole.Context, "background");
        found.AddAll(CuePatterns.Explanation(), SentenceRole.Explanation, "explanation");
        found.AddAll(CuePatterns.Consequence(), SentenceRole.Explanation, "consequence");
        found.AddAll(CuePatterns.Counter(), SentenceRole.CounterArgument, "counter");
        ArgumentCues.Add(found, site);
        SourceCues.Add(found, site);
        LinkCues.Add(found, site, terms);
        if (found.Cues.Count == 0)
        {
            found.AddAll(CuePatterns.General(), SentenceRole.Evidence, "general");
        }

        return found.Cues;
    }

    private static bool IsYear(string text, int s, int e) =>
        e - s is 4 or 5 && text[s] is '1' or '2' && int.TryParse(text.AsSpan(s, 4), out var year) && year is >= 1000 and <= 2099;

    // "1." or "2)" opening a sentence numbers a list item; it is not a figure.
    private static bool IsListNumber(string text, TextRange sentence, int s, int e) =>
        s == sentence.Start && e < sentence.End && text[e] is '.' or ')' && e - s <= 2;
}

internal sealed class CueList(string text, string lower, TextRange sentence)
{
    public List<Cue> Cues { get; } = [];

    public string Text => text;

    public TextRange Sentence => sentence;

    public bool Any(string kind) => Cues.Exists(c => c.Kind == kind);

    public bool Any(SentenceRole role) => Cues.Exists(c => c.Role == role);

    public void Add(SentenceRole role, string kind, int start, int end) =>
        Cues.Add(new Cue(role, kind, text[start..end], start, end));

    public void AddAll(Regex pattern, SentenceRole role, string kind)
    {
        foreach (var (s, e) in Matches(pattern))
        {
            Add(role, kind, s, e);
        }
    }

    public List<(int Start, int End)> Matches(Regex pattern)
    {
        var matches = new List<(int, int)>();
        foreach (var m in pattern.EnumerateMatches(lower.AsSpan(sentence.Start, sentence.Length)))
        {
            matches.Add((sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        }

        return matches;
    }
}
