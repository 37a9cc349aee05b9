using System.Text;

namespace StudyBot.Tests.Essays;

// Awkward inputs by name, so test names stay short while the texts can be large or binary.
internal static class Inputs
{
    private static readonly string[] Sentences =
    [
        "Stalin set very high targets in the Five-Year Plans.",
        "In 1932 coal output reached 64 million tons, short of the target of 75.",
        "This meant that workers were punished when targets were missed.",
        "However, some workers were rewarded with better housing.",
        "Therefore the targets were a major reason for conflict between the workers and Stalin.",
        "According to Source 2, absence from work became a crime in 1940.",
    ];

    public static string Make(string name) => name switch
    {
        "empty" => "",
        "whitespace" => " \n\n\t \r\n ",
        "one sentence" => "Stalin's targets caused conflict because workers were punished for missing them.",
        "one word" => "Stalin",
        "no punctuation" => string.Join(" ", Enumerable.Repeat("stalin wanted more coal and the workers had to work harder or they were punished and sent away", 30)),
        "all capitals" => Essay(3).ToUpperInvariant(),
        "russian" => "Сталин пришёл к власти в 1928 году. Рабочие должны были выполнять планы. Это вызвало конфликт между рабочими и государством.\n\nОднако некоторые рабочие получали награды.",
        "french" => "Staline a lancé les plans quinquennaux en 1928. Les ouvriers devaient travailler plus dur. Cela a provoqué des conflits avec le régime.\n\nPourtant, certains ouvriers étaient récompensés.",
        "chinese" => "斯大林在1928年掌权。工人必须完成很高的生产指标。这导致了工人和斯大林之间的冲突。\n\n但是，一些工人得到了奖励。",
        "nuls" => new string('\0', 500),
        "control characters" => new string(Enumerable.Range(0, 600).Select(i => (char)(i % 32)).ToArray()),
        "random bytes" => RandomBytes(20_000),
        "essay with nuls" => Essay(3).Replace(" the ", " the\0", StringComparison.Ordinal),
        "unclosed quotes" => string.Concat(Enumerable.Repeat("He said “work harder. And 'faster. Then \"more. ", 2_000)),
        "only punctuation" => "... !!! ??? --- *** ...",
        "50,000 words" => Words(50_000),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static string Essay(int bodyParagraphs)
    {
        var text = new StringBuilder("I think the main reason for conflict was the targets, because workers were punished when they failed.\n\n");
        for (var i = 0; i < bodyParagraphs; i++)
        {
            text.AppendJoin(" ", Sentences).Append("\n\n");
        }

        return text.Append("Overall, the targets were the most important reason because they affected every worker.").ToString();
    }

    // Paragraphs of the sample sentences until the essay reaches the given number of words.
    public static string Words(int count)
    {
        var text = new StringBuilder(Essay(1));
        var words = 0;
        var i = 0;
        while (words < count)
        {
            var sentence = Sentences[i % Sentences.Length];
            text.Append(i % 8 == 0 ? "\n\n" : " ").Append(sentence);
            words += sentence.Split(' ').Length;
            i++;
        }

        return text.ToString();
    }

    private static string RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(6).NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }
}
