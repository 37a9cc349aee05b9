using System.Text;

namespace StudyBot.Console;

internal sealed record ParsedLine(string Command, IReadOnlyList<string> Words, IReadOnlyList<KeyValuePair<string, string>> Options);

// Reads "/name sub option:value option:"a value with spaces"" the way a person types it.
// Double quotes (straight or curly) group words; apostrophes stay literal, so Stalin's needs none.
// A backslash escapes the next character inside quotes.
internal static class ConsoleLineParser
{
    public static ParsedLine? Parse(string line, out string? error)
    {
        error = null;
        var tokens = Tokenize(line.Trim(), out error);
        if (tokens is null)
        {
            return null;
        }

        if (tokens.Count == 0 || !tokens[0].Text.StartsWith('/') || tokens[0].Text.Length == 1)
        {
            error = "Commands start with a slash, for example /source query:coal. Type /help for the list.";
            return null;
        }

        var words = new List<string>();
        var options = new List<KeyValuePair<string, string>>();
        foreach (var token in tokens.Skip(1))
        {
            var colon = token.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < token.QuoteStart)
            {
                options.Add(new(token.Text[..colon].ToLowerInvariant(), token.Text[(colon + 1)..]));
            }
            else if (options.Count == 0)
            {
                words.Add(token.Text);
            }
            else
            {
                error = $"'{token.Text}' is not an option. Options are written name:value; put quotes around values with spaces, e.g. query:\"five year plan\".";
                return null;
            }
        }

        return new ParsedLine(tokens[0].Text[1..].ToLowerInvariant(), words, options);
    }

    // QuoteStart is where the first quote began in the token, so "query:"a:b"" splits at the first colon only.
    private sealed record Token(string Text, int QuoteStart);

    private static List<Token>? Tokenize(string line, out string? error)
    {
        error = null;
        var tokens = new List<Token>();
        var current = new StringBuilder();
        var quoteStart = int.MaxValue;
        var inToken = false;
        char quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\' && i + 1 < line.Length)
                {
                    current.Append(line[++i]);
                }
                else if (c == quote)
                {
                    quote = '\0';
                }
                else
                {
                    current.Append(c);
                }

                continue;
            }

            if (c is '"' or '“' or '”')
            {
                quote = c == '“' ? '”' : c;
                quoteStart = Math.Min(quoteStart, current.Length);
                inToken = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inToken)
                {
                    tokens.Add(new Token(current.ToString(), quoteStart));
                    current.Clear();
                    quoteStart = int.MaxValue;
                    inToken = false;
                }
            }
            else
            {
                current.Append(c);
                inToken = true;
            }
        }

        if (quote != '\0')
        {
            error = $"A quote ({quote}) was opened but not closed.";
            return null;
        }

        if (inToken)
        {
            tokens.Add(new Token(current.ToString(), quoteStart));
        }

        return tokens;
    }
}
