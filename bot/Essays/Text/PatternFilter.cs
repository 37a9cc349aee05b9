using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace StudyBot.Essays.Text;

// The cue and confusion patterns are alternations of words, and most sentences contain none of
// them, yet running a pattern means stepping through the sentence at almost every letter. Every
// match of a pattern contains one of a few literal strings that can be read off the pattern itself
// ("\b(?:un)?reliab(?:le|ility)\b" always contains "reliab"); looking for those first, with a
// vectorised search, skips the pattern where it cannot match. The strings are read from the
// pattern, never listed by hand, so editing a pattern keeps its filter right; a pattern this
// reader does not fully understand gets no filter and always runs.
internal static class PatternFilter
{
    private const int MinLength = 3;

    private static readonly ConcurrentDictionary<Regex, SearchValues<string>?> Filters = new();

    // False only when the pattern certainly has no match in the text.
    public static bool MayMatch(Regex pattern, ReadOnlySpan<char> text)
    {
        var filter = Filters.GetOrAdd(pattern, static p => Create(RequiredLiterals(p.ToString(), p.Options)));
        return filter is null || text.ContainsAny(filter);
    }

    private static SearchValues<string>? Create(string[]? literals) =>
        literals is null ? null : SearchValues.Create(literals, StringComparison.Ordinal);

    // Strings of which every match contains at least one, or null when there are none worth
    // looking for (shorter than MinLength) or the pattern uses syntax this reader does not know.
    public static string[]? RequiredLiterals(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        try
        {
            var reader = new Reader(pattern);
            var need = reader.Alternation();
            if (reader.Position != pattern.Length || need is null || need.Exists(s => s.Length < MinLength))
            {
                return null;
            }

            // A text that contains "trustworthy" contains "trust": the longer one adds nothing.
            return [.. need.Distinct(StringComparer.Ordinal)
                .Where(s => !need.Exists(t => t.Length < s.Length && s.Contains(t, StringComparison.Ordinal)))];
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // A recursive reading of the pattern. Each method returns the strings one of which every match
    // of what it read contains (null: nothing is certain). Anything unknown throws NotSupportedException.
    private sealed class Reader(string pattern)
    {
        public int Position { get; private set; }

        private bool AtEnd => Position >= pattern.Length;

        private char Peek => pattern[Position];

        public List<string>? Alternation()
        {
            var all = new List<string>();
            var certain = true;
            while (true)
            {
                var need = Sequence();
                if (need is null)
                {
                    certain = false;
                }
                else
                {
                    all.AddRange(need);
                }

                if (AtEnd || Peek != '|')
                {
                    return certain ? all : null;
                }

                Position++;
            }
        }

        // The best of what the sequence certainly contains: a run of plain characters, or a group
        // that must match. Best means the longest shortest string.
        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new System.Text.StringBuilder();

            void Offer(List<string>? candidate)
            {
                if (candidate is { Count: > 0 } && (best is null || Score(candidate).CompareTo(Score(best)) > 0))
                {
                    best = candidate;
                }
            }

            void EndRun()
            {
                if (run.Length > 0)
                {
                    Offer([run.ToString()]);
                    run.Clear();
                }
            }

            while (!AtEnd && Peek is not ('|' or ')'))
            {
                var (literal, need) = Atom();
                var (min, quantified) = Quantifier();
                if (literal is { } c && !quantified)
                {
                    run.Append(c);
                    continue;
                }

                EndRun();
                if (min >= 1)
                {
                    Offer(need);
                }
            }

            EndRun();
            return best;
        }

        private static (int Shortest, int Fewer) Score(List<string> need) => (need.Min(s => s.Length), -need.Count);

        // One atom: a plain character (its value), or anything else (what it certainly contains, if anything).
        private (char? Literal, List<string>? Need) Atom()
        {
            var c = pattern[Position++];
            switch (c)
            {
                case '(':
                    return (null, Group());
                case '[':
                    SkipClass();
                    return (null, null);
                case '.' or '^' or '$':
                    return (null, null);
                case '\\':
                    return Escape();
                case ')' or '|' or '*' or '+' or '?' or '{':
                    throw new NotSupportedException();
                default:
                    return (c, null);
            }
        }

        private List<string>? Group()
        {
            if (!AtEnd && Peek == '?')
            {
                var rest = pattern.AsSpan(Position);
                if (rest.StartsWith("?:"))
                {
                    Position += 2;
                }
                else if (rest.StartsWith("?=") || rest.StartsWith("?!") || rest.StartsWith("?<=") || rest.StartsWith("?<!"))
                {
                    // A lookaround matches no characters of its own.
                    Position += rest[1] == '<' ? 3 : 2;
                    Alternation();
                    Expect(')');
                    return null;
                }
                else
                {
                    throw new NotSupportedException(); // named groups, inline options, conditionals
                }
            }

            var need = Alternation();
            Expect(')');
            return need;
        }

        private void Expect(char c)
        {
            if (AtEnd || Peek != c)
            {
                throw new NotSupportedException();
            }

            Position++;
        }

        private void SkipClass()
        {
            if (!AtEnd && Peek == '^')
            {
                Position++;
            }

            if (!AtEnd && Peek == ']')
            {
                Position++;
            }

            while (!AtEnd && Peek != ']')
            {
                if (Peek == '\\')
                {
                    Position += 2;
                }
                else if (Peek == '[')
                {
                    throw new NotSupportedException(); // class subtraction
                }
                else
                {
                    Position++;
                }
            }

            Expect(']');
        }

        private (char? Literal, List<string>? Need) Escape()
        {
            if (AtEnd)
            {
                throw new NotSupportedException();
            }

            var c = pattern[Position++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return (null, null);
                case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                    return (null, null);
                case 'p' or 'P':
                    Expect('{');
                    while (!AtEnd && Peek != '}')
                    {
                        Position++;
                    }

                    Expect('}');
                    return (null, null);
                case 'n':
                    return ('\n', null);
                case 't':
                    return ('\t', null);
                case 'r':
                    return ('\r', null);
                case 'f':
                    return ('\f', null);
                case 'v':
                    return ('\v', null);
                case 'e':
                    return ('\u001B', null);
                default:
                    if (char.IsLetterOrDigit(c) || c == '_')
                    {
                        throw new NotSupportedException(); // back-references, \u, \x, \c, \k and the rest
                    }

                    return (c, null);
            }
        }

        // How many times the atom before must occur at least, and whether there was a quantifier.
        private (int Min, bool Quantified) Quantifier()
        {
            if (AtEnd)
            {
                return (1, false);
            }

            int min;
            switch (Peek)
            {
                case '?' or '*':
                    min = 0;
                    Position++;
                    break;
                case '+':
                    min = 1;
                    Position++;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', Position);
                    var body = close < 0 ? "" : pattern[(Position + 1)..close];
                    var comma = body.IndexOf(',', StringComparison.Ordinal);
                    if (!int.TryParse(comma < 0 ? body : body[..comma], out min) || comma >= 0 && comma + 1 < body.Length && !int.TryParse(body[(comma + 1)..], out _))
                    {
                        throw new NotSupportedException(); // a literal "{" is not worth reading
                    }

                    Position = close + 1;
                    break;
                default:
                    return (1, false);
            }

            if (!AtEnd && Peek == '?')
            {
                Position++; // lazy
            }

            return (min, true);
        }
    }
}
