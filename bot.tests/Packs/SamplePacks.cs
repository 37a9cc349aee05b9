namespace StudyBot.Tests.Packs;

internal static class SamplePacks
{
    // Lines 1-4; error rows append to it, so their line numbers start at 5.
    public const string Head = "id: p\ntitle: T\nsubject: S\nlevel: L\n";

    // Lines 5-14 after Head.
    public const string OneSource =
        "sources:\n  - id: s1\n    title: T\n    type: speech\n    author: A\n    date: D\n"
        + "    origin: O\n    purpose: P\n    text: X\n    prompts: [Why?]\n";

    // Lines 5-8 after Head; rows add type on line 9, answer on line 10, anything else from 11.
    public const string QuestionStart = "questions:\n  - id: q1\n    prompt: P\n    explanation: E\n";

    public static string Minimal(string id) => $"id: {id}\ntitle: Pack {id}\nsubject: History\nlevel: GCSE\n";

    // Uses every key of the schema once, with values that exercise trimming and normalising.
    public const string Complete = """
        id: sample-pack
        title: "  Soviet industry  "
        subject: History
        level: GCSE
        description: A small pack for tests.
        allow_generated: true
        key_terms: [Five-Year Plan, Gosplan]
        sources:
          - id: fyp-output
            title: Output in the first Five-Year Plan
            type: photograph description
            author: Gosplan
            date: "4 February 1931"
            origin: Official figures
            purpose: To show the plan working
            text: |
              Coal: 35 million tonnes in 1927, 64 in 1932.
            prompts: ["What does the source show?", "How reliable is it?"]
            tags: [economy]
            attribution: Adapted from official figures
        questions:
          - id: q-coal
            type: multiple_choice
            prompt: How much coal was produced in 1932?
            choices: [35 million tonnes, 64 million tonnes]
            answer: 64 MILLION tonnes
            explanation: The figures claim 64 million tonnes.
            source: fyp-output
            difficulty: easy
            tags: [economy, numbers]
          - id: q-true
            type: true_false
            prompt: The first plan began in 1928.
            answer: True
            explanation: It ran from 1928 to 1932.
          - id: q-short
            type: short_answer
            prompt: What was the planning agency called?
            answer: Gosplan
            accept: [State Planning Committee]
            explanation: Gosplan set the targets.
            difficulty: hard
          - id: q-year
            type: numeric
            prompt: In which year did the first plan begin?
            answer: 1.928e3
            tolerance: 0.5
            explanation: October 1928.
        essay_questions:
          - id: essay-industry
            prompt: How successful were the Five-Year Plans?
            key_terms: [Gosplan, quotas]
            scaffold: [Describe the aims., Weigh the evidence.]
        """;
}
