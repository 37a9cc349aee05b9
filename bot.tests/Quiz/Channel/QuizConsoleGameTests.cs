using Microsoft.Extensions.Time.Testing;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Quiz.Channel;

// Three students play a five-question quiz of every type through the real console host, a real
// SQLite file and a fake clock; the standings and /leaderboard must match what they answered.
public sealed class QuizConsoleGameTests : IDisposable
{
    private const string Pack = """
        id: cold-war
        title: "The Cold War"
        subject: History
        level: GCSE
        key_terms: [containment]
        sources:
          - id: fulton
            title: "Churchill's Fulton speech, 1946"
            type: speech
            author: Winston Churchill
            date: "5 March 1946"
            origin: "Westminster College, Fulton, Missouri"
            purpose: "To warn about Soviet control of eastern Europe"
            text: "Our summary: an iron curtain has descended across the continent."
            prompts: ["Who was the audience?"]
            tags: [speech]
        questions:
          - id: q-year
            type: multiple_choice
            prompt: "In which year did Churchill speak at Fulton?"
            choices: ["1945", "1946", "1948"]
            answer: "1946"
            explanation: "He spoke at Fulton in March 1946."
            source: fulton
            tags: [speeches]
          - id: q-place
            type: short_answer
            prompt: "In which American town did Churchill speak?"
            answer: Fulton
            accept: ["Fulton, Missouri"]
            explanation: "Westminster College is in Fulton, Missouri."
            source: fulton
            tags: [speeches]
          - id: q-london
            type: true_false
            prompt: "Churchill gave the speech in London."
            answer: false
            explanation: "He gave it in the United States."
            tags: [speeches]
          - id: q-number
            type: numeric
            prompt: "In what year was the speech given?"
            answer: 1946
            tolerance: 0
            explanation: "March 1946."
            tags: [dates]
          - id: q-truman
            type: multiple_choice
            prompt: "Which US president announced the policy of containment in 1947?"
            choices: ["Truman", "Roosevelt", "Eisenhower"]
            answer: "Truman"
            explanation: "The Truman Doctrine, March 1947."
            tags: [containment]
        """;

    private const string Script = """
        /as Ms Smith --manager
        /quiz start pack:cold-war questions:5 seconds:20 in_order:true
        /as Ada
        /quiz answer text:1946
        /quiz answer text:1948
        /as Bob
        /quiz answer text:1945
        /as Cy
        /quiz answer text:"the year 1946"
        # wait 20
        /as Ada
        answer
        Fulton, Missouri
        /as Bob
        /quiz answer text:Fultn
        /as Cy
        /quiz answer text:Boston
        /as Ada
        false
        /as Bob
        true
        /as Cy
        false
        /as Ada
        /quiz answer text:1946
        /as Bob
        /quiz answer text:"nineteen forty seven"
        # wait 20
        /as Ada
        /quiz answer text:truman
        /as Bob
        /quiz answer text:Eisenhower
        /as Cy
        /quiz answer text:Truman
        /as Bob
        /leaderboard
        /stats
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ThreeStudentsPlayFiveQuestions_StandingsAndLeaderboardMatchTheirAnswers()
    {
        folder.Write("packs/cold-war.yaml", Pack);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

        var output = await ConsoleHost.RunAsync(Script, folder, folder.File("packs"), time);

        Assert.Contains("Answer saved: “1946”", output, StringComparison.Ordinal);
        Assert.Contains("You have already answered this question; your first answer counts.", output, StringComparison.Ordinal);
        Assert.Contains("⏱ Closes <t:1795608020:R>", output, StringComparison.Ordinal);
        Assert.Contains("│ Right (2 of 3): Ada (+1000), Cy (+1000)", output, StringComparison.Ordinal);
        Assert.Contains("│ Right (2 of 3): Ada (+1000), Bob (+1000)", output, StringComparison.Ordinal);
        Assert.Contains("3 answered: 2 right, 1 wrong", output, StringComparison.Ordinal);
        Assert.Contains("│ Right (1 of 2): Ada (+1000)", output, StringComparison.Ordinal);
        Assert.Contains("┌─ Quiz over!", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥇 Ada: 5000 points, 5 of 5 right, best streak 5", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥈 Cy: 3000 points, 3 of 4 right, best streak 2", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥉 Bob: 1000 points, 1 of 5 right, best streak 1", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥇 Ada: 5000 points (5 of 5 right)", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥈 Cy: 3000 points (3 of 4 right)", output, StringComparison.Ordinal);
        Assert.Contains("│ 🥉 Bob: 1000 points (1 of 5 right)", output, StringComparison.Ordinal);
        Assert.Contains("└─ You: rank 3 of 3 with 1000 points", output, StringComparison.Ordinal);
        Assert.Contains("│ Accuracy: 20%", output, StringComparison.Ordinal);
    }
}
