using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

internal sealed record Term(string Display, IReadOnlyList<string> Stems);

// The content words of the question and the pack's key terms, stemmed so that "workers" in the
// question meets "worker's" in the essay.
internal sealed class QuestionTerms
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.Ordinal)
    {
        "why", "what", "how", "far", "do", "does", "did", "you", "agree", "extent", "explain", "describe",
        "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "was", "were", "is", "are", "be",
        "been", "there", "their", "that", "this", "these", "those", "between", "with", "by", "from", "at",
        "as", "most", "more", "main", "important", "reason", "reasons", "significant", "which", "who",
        "statement", "consider", "your", "answer", "should", "would", "could", "can", "it", "its",
        "into", "during", "assess", "evaluate", "discuss", "analyse", "analyze", "view", "it's", "so",
        "not", "have", "has", "had", "any", "all", "some", "about", "than", "them", "they", "his", "her",
        "i", "we", "our", "us", "my", "me", "when", "where", "whether", "mainly", "because", "result",
    };

    private QuestionTerms(IReadOnlyList<Term> question, IReadOnlyList<Term> pack)
    {
        Question = question;
        Pack = pack;
    }

    public static QuestionTerms None { get; } = new([], []);

    public IReadOnlyList<Term> Question { get; }

    public IReadOnlyList<Term> Pack { get; }

    public IEnumerable<Term> All => Question.Concat(Pack);

    public static QuestionTerms From(EssayPrompt? prompt)
    {
        if (prompt is null)
        {
            return None;
        }

        var question = Words.In(prompt.Text)
            .Select(w => Stemmer.Normalise(w.Text))
            .Where(w => w.Length > 1 && !QuestionWords.Contains(w) && !char.IsAsciiDigit(w[0]))
            .Distinct(StringComparer.Ordinal)
            .Select(w => new Term(w, [Stemmer.Stem(w)]))
            .ToList();
        var pack = prompt.KeyTerms
            .Select(t => new Term(t.Trim(), Words.In(t).Select(w => Stemmer.Stem(w.Text)).ToList()))
            .Where(t => t.Stems.Count > 0)
            .ToList();
        return new QuestionTerms(question, pack);
    }

    public bool IsQuestionWord(string stem) => Question.Any(t => t.Stems[0] == stem);

    // Where the term occurs among the words: its stems one after another, or -1.
    public static int Find(Term term, IReadOnlyList<string> stems)
    {
        for (var i = 0; i + term.Stems.Count <= stems.Count; i++)
        {
            var j = 0;
            while (j < term.Stems.Count && stems[i + j] == term.Stems[j])
            {
                j++;
            }

            if (j == term.Stems.Count)
            {
                return i;
            }
        }

        return -1;
    }
}
