using StudyBot.Packs;
using static StudyBot.Tests.Packs.SamplePacks;

namespace StudyBot.Tests.Packs;

public sealed class PackLoaderErrorTests
{
    private const string Question = Head + QuestionStart;
    private const string ShortAnswer = Question + "    type: short_answer\n    answer: A\n";

    // Each row: the file, the line the error must point at, and a fragment of its message.
    public static TheoryData<string, int, string> InvalidPacks => new()
    {
        { "id: p\ntitle: \"unclosed\nsubject: S\n", 2, "invalid YAML: While scanning a multi-line double-quoted scalar" },
        { "id: p\n  title: T\n", 2, "invalid YAML" },
        { Head + "title: again\n", 5, "Duplicate key" },
        { Head + "key_terms: [a, b\ndescription: D\n", 5, "invalid YAML near here" },
        { Head + "questions:\n  - : q1\n", 7, "invalid YAML near here" },
        { Head + "description: !!] D\n", 5, "invalid YAML near here" },
        { Head + "description: &d x\nkey_terms: [*d]\n", 6, "aliases (*name) are not supported" },
        { Head + "key_terms: " + new string('[', 40) + "\n", 5, "nesting is deeper than" },
        { Head + "---\nid: q\n", 6, "a pack file holds one YAML document, found 2" },
        { Head + "titel: x\n", 5, "unknown key 'titel' in the pack; allowed keys: id, title, subject" },
        { ShortAnswer + "    difficluty: easy\n", 11, "unknown key 'difficluty' in a question" },
        { Head + "? [a, b]\n: c\n", 5, "keys in the pack must be plain text, found a list" },
        { "id: p\nsubject: S\nlevel: L\n", 1, "missing required key 'title' in the pack" },
        { Head + "sources:\n  - id: s1\n    title: T\n", 6, "missing required key 'author' in a source" },
        { Head + "essay_questions:\n  - id: e1\n    prompt: P\n    key_terms: [k]\n", 6, "missing required key 'scaffold' in an essay question" },
        { "id: p\ntitle: '  '\nsubject: S\nlevel: L\n", 2, "'title' is empty" },
        { Head + "description: [a, b]\n", 5, "'description' must be text, found a list" },
        { Head + "key_terms: Gosplan\n", 5, "'key_terms' must be a list, found text" },
        { Head + "key_terms: [Gosplan, '']\n", 5, "items of 'key_terms' must not be empty" },
        { Head + "questions:\n  - just text\n", 6, "a question must be a mapping of keys, found text" },
        { Head + "allow_generated: maybe\n", 5, "'allow_generated' must be true or false, found 'maybe'" },
        { "id: Bad_Pack\ntitle: T\nsubject: S\nlevel: L\n", 1, "id 'Bad_Pack' must match ^[a-z0-9][a-z0-9-]{0,39}$" },
        { "id: " + new string('a', 41) + "\ntitle: T\nsubject: S\nlevel: L\n", 1, "must match" },
        { Head + OneSource + "questions:\n  - id: s1\n", 16, "duplicate id 's1'; already used at line 6" },
        { Head + OneSource + "essay_questions:\n  - id: s1\n", 16, "duplicate id 's1'" },
        { Head + OneSource + "questions:\n  - id: q1\n    source: nowhere\n", 17, "'source' names 'nowhere', which is not a source of this pack; sources: s1" },
        { ShortAnswer + "    source: nowhere\n", 11, "'source' names 'nowhere', which is not a source of this pack; the pack has no sources" },
        { Question + "    type: multiple_choice\n    answer: D\n    choices: [A, B, C]\n", 10, "answer 'D' is not one of the choices: A, B, C" },
        { Question + "    type: multiple_choice\n    answer: A\n    choices: [A]\n", 11, "'choices' needs at least 2 items, found 1" },
        { Question + "    type: multiple_choice\n    answer: A\n    choices: [A, B, C, D, E, F]\n", 11, "'choices' allows at most 5 items, found 6" },
        { Question + "    type: multiple_choice\n    answer: A\n    choices: [A, a]\n", 11, "'a' appears more than once in 'choices'" },
        { Question + "    type: multiple_choice\n    answer: A\n", 6, "missing required key 'choices' in a question" },
        { Question + "    type: true_false\n    answer: true\n    choices: [A, B]\n", 11, "'choices' is only allowed on multiple_choice questions" },
        { Question + "    type: true_false\n    answer: maybe\n", 10, "a true_false answer must be true or false, found 'maybe'" },
        { Question + "    type: numeric\n    answer: '1,5'\n", 10, "a numeric answer must be a number such as 42 or 0.5, found '1,5'" },
        { Question + "    type: numeric\n    answer: .nan\n", 10, "a numeric answer must be a number" },
        { Question + "    type: numeric\n    answer: 3\n    tolerance: -1\n", 11, "'tolerance' must be zero or more, found -1" },
        { Question + "    type: numeric\n    answer: 3\n    tolerance: lots\n", 11, "'tolerance' must be a number, found 'lots'" },
        { ShortAnswer + "    tolerance: 1\n", 11, "'tolerance' is only allowed on numeric questions" },
        { Question + "    type: numeric\n    answer: 3\n    accept: [three]\n", 11, "'accept' is only allowed on short_answer questions" },
        { Question + "    type: essay\n    answer: A\n", 9, "'type' must be one of: multiple_choice, true_false, short_answer, numeric; found 'essay'" },
        { ShortAnswer + "    difficulty: brutal\n", 11, "'difficulty' must be one of: easy, medium, hard; found 'brutal'" },
        { "id: p\ntitle: " + new string('x', 101) + "\nsubject: S\nlevel: L\n", 2, "'title' is 101 characters long; the limit is 100" },
        { Head + OneSource.Replace("text: X", "text: " + new string('x', 3001), StringComparison.Ordinal), 13, "'text' is 3001 characters long; the limit is 3000" },
        { Head + OneSource.Replace("[Why?]", "[a, b, c, d, e, f]", StringComparison.Ordinal), 14, "'prompts' allows at most 5 items" },
        { Head + OneSource.Replace("type: speech", "type: podcast", StringComparison.Ordinal), 8, "'type' must be one of: speech, statistics, law" },
    };

    [Theory]
    [MemberData(nameof(InvalidPacks))]
    public void Load_InvalidPack_ReportsErrorAtLineWithoutPack(string yaml, int line, string fragment)
    {
        var result = PackLoader.Load(yaml, "bad.yaml");

        Assert.Null(result.Pack);
        Assert.True(
            result.Errors.Any(e => e.Line == line && e.Message.Contains(fragment, StringComparison.Ordinal)),
            $"expected line {line} with \"{fragment}\", got:\n{string.Join("\n", result.Errors)}");
    }

    [Fact]
    public void Load_SeveralMistakes_ReportsEachInFileOrder()
    {
        var yaml = "id: Bad\nsubject: S\nlevel: L\nsources: text\ncolour: red\n";

        var errors = PackLoader.Load(yaml, "bad.yaml").Errors.Select(e => e.ToString());

        Assert.Equal(
            [
                "bad.yaml:1:1: missing required key 'title' in the pack",
                "bad.yaml:1:5: id 'Bad' must match ^[a-z0-9][a-z0-9-]{0,39}$ (lower-case letters, digits and hyphens, at most 40 characters)",
                "bad.yaml:4:10: 'sources' must be a list, found text",
                "bad.yaml:5:1: unknown key 'colour' in the pack; allowed keys: id, title, subject, level, description, allow_generated, key_terms, sources, questions, essay_questions",
            ],
            errors);
    }

    [Fact]
    public void Load_NestedError_PointsAtNodeColumn()
    {
        var error = Assert.Single(PackLoader.Load(ShortAnswer + "    hint: H\n", "bad.yaml").Errors);

        Assert.Equal((11, 5), (error.Line, error.Column));
    }

    [Fact]
    public void Load_ThousandsOfErrors_CapsTheList()
    {
        var yaml = Head + string.Concat(Enumerable.Range(0, 500).Select(i => $"k{i}: v\n"));

        var errors = PackLoader.Load(yaml, "bad.yaml").Errors;

        Assert.Equal(101, errors.Count);
        Assert.Equal("too many errors (500); showing the first 100", errors[^1].Message);
    }
}
