using StudyBot.Essays.Text;

namespace StudyBot.Essays.Cues;

// IsName marks a capitalised word of the question ("Stalin"): it names the topic, while the
// lower-case words ("conflict", "workers") are what the question asks about.
internal sealed record Term(string Display, IReadOnlyList<string> Stems, bool IsName = false);

// The content words of the question and the pack's key terms, stemmed so that "workers" in the
// question meets "worker's" in the essay. Made afresh for each analysis, with its stem cache.
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

    private readonly string questionLower;
    private readonly HashSet<string> questionNumbers;

    private QuestionTerms(string question, IReadOnlyList<Term> terms, IReadOnlyList<Term> pack)
    {
        questionLower = question.ToLowerInvariant();
        questionNumbers = [.. Words.In(question).Select(w => w.Text).Where(w => char.IsAsciiDigit(w[0]))];
        Question = terms;
        Pack = pack;
    }

    public IReadOnlyList<Term> Question { get; }

    public IReadOnlyList<Term> Pack { get; }

    public IEnumerable<Term> All => Question.Concat(Pack);

    public StemCache Stems { get; } = new();

    // The question words that show a sentence is answering it. A word the essay uses in almost every
    // sentence ("workers" in an essay on workers) shows nothing, so FocusOn drops those.
    public IReadOnlyList<Term> Focus { get; private set; } = [];

    public void FocusOn(IReadOnlyList<List<string>> sentenceStems)
    {
        var common = sentenceStems.Count / 2;
        Focus = [.. Question.Where(t => !t.IsName && (sentenceStems.Count < 8 || Using(sentenceStems, t.Stems[0]) <= common))];
    }

    private static int Using(IReadOnlyList<List<string>> sentenceStems, string stem)
    {
        var count = 0;
        foreach (var stems in sentenceStems)
        {
            count += stems.Contains(stem) ? 1 : 0;
        }

        return count;
    }

    public static QuestionTerms From(EssayPrompt? prompt)
    {
        if (prompt is null)
        {
            return new QuestionTerms("", [], []);
        }

        var question = Words.In(prompt.Text)
            .Select((w, i) => (Normal: Stemmer.Normalise(w.Text), IsName: i > 0 && char.IsUpper(w.Text[0])))
            .Where(w => w.Normal.Length > 1 && !QuestionWords.Contains(w.Normal) && !char.IsAsciiDigit(w.Normal[0]))
            .DistinctBy(w => w.Normal)
            .Select(w => new Term(w.Normal, [Stemmer.Stem(w.Normal)], w.IsName))
            .ToList();
        var pack = prompt.KeyTerms
            .Select(t => new Term(t.Trim(), Words.In(t).Select(w => Stemmer.Stem(w.Text)).ToList()))
            .Where(t => t.Stems.Count > 0)
            .ToList();
        return new QuestionTerms(prompt.Text, question, pack);
    }

    // A figure the question itself gives ("lowered to 16") is its subject, not the essay's evidence
    // (a year is still a date the essay can use).
    public bool IsQuestionNumber(string number) => questionNumbers.Contains(number);

    public bool MentionsSource(ReadOnlySpan<char> reference) =>
        questionLower.Contains(reference, StringComparison.Ordinal);

    public bool IsQuestionWord(string stem)
    {
        foreach (var t in Question)
        {
            if (t.Stems[0] == stem)
            {
                return true;
            }
        }

        return false;
    }

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
