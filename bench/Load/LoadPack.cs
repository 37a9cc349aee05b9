using System.Globalization;
using System.Text;

namespace StudyBot.Bench.Load;

// The run's own pack: 25 multiple-choice questions q00…q24, so every question is answered by a button
// and an answer row's question_id names the question's place in an in-order quiz.
internal static class LoadPack
{
    public const string Id = "load";

    public static string QuestionId(int index) => "q" + index.ToString("00", CultureInfo.InvariantCulture);

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var yaml = new StringBuilder("""
            id: load
            title: Load test
            subject: Test
            level: Test
            description: Multiple-choice questions for the load driver.
            questions:

            """);
        for (var i = 0; i < 25; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"""
                  - id: {QuestionId(i)}
                    type: multiple_choice
                    prompt: "Load question {i}: which is the second choice?"
                    choices: ["A {i}", "B {i}", "C {i}", "D {i}"]
                    answer: "B {i}"
                    explanation: "B is the second choice."
                    difficulty: easy
                    tags: [load]

                """);
        }

        File.WriteAllText(Path.Combine(folder, "load.yaml"), yaml.ToString());
    }
}
