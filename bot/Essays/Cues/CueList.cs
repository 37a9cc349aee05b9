using System.Text.RegularExpressions;
using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// The cues found so far in one sentence. Patterns match the lower-cased copy; cue text is taken
// from the original at the same offsets.
internal sealed class CueList(string text, string lower, TextRange sentence, List<Word> words, List<string> stems)
{
    public List<Cue> Cues { get; } = [];

    // A source is named or described here, so the next sentence's "useful" or "its purpose" is about it.
    public bool SourceInView { get; set; }

    public string Text => text;

    public string Lower => lower;

    public List<Word> Words => words;

    public List<string> Stems => stems;

    public TextRange Sentence => sentence;

    // Loops rather than lambdas: a lambda that captures the argument costs an allocation per call.
    public bool Any(string kind)
    {
        foreach (var c in Cues)
        {
            if (c.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    public bool Any(SentenceRole role)
    {
        foreach (var c in Cues)
        {
            if (c.Role == role)
            {
                return true;
            }
        }

        return false;
    }

    public void Add(SentenceRole role, string kind, int start, int end) =>
        Cues.Add(new Cue(role, kind, text[start..end], start, end));

    public void AddAll(Regex pattern, SentenceRole role, string kind)
    {
        var span = lower.AsSpan(sentence.Start, sentence.Length);
        if (!PatternFilter.MayMatch(pattern, span))
        {
            return;
        }

        foreach (var m in pattern.EnumerateMatches(span))
        {
            Add(role, kind, sentence.Start + m.Index, sentence.Start + m.Index + m.Length);
        }
    }

    public bool HasMatch(Regex pattern)
    {
        var span = lower.AsSpan(sentence.Start, sentence.Length);
        return PatternFilter.MayMatch(pattern, span) && pattern.IsMatch(span);
    }

    public List<(int Start, int End)> Matches(Regex pattern)
    {
        var span = lower.AsSpan(sentence.Start, sentence.Length);
        if (!PatternFilter.MayMatch(pattern, span))
        {
            return [];
        }

        var matches = new List<(int, int)>();
        foreach (var m in pattern.EnumerateMatches(span))
        {
            matches.Add((sentence.Start + m.Index, sentence.Start + m.Index + m.Length));
        }

        return matches;
    }
}
