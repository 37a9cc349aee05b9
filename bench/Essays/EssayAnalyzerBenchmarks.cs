using BenchmarkDotNet.Attributes;
using StudyBot.Essays;

namespace StudyBot.Bench.Essays;

// The analyzer on essays of 500, 2,000 and 10,000 words built from varied history paragraphs,
// so every cue family fires as it would on real writing.
[MemoryDiagnoser]
public class EssayAnalyzerBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "Stalin wanted to modernise the USSR quickly because he believed it was fifty or a hundred years behind the West. In 1928 Gosplan set targets for coal, oil and steel.",
        "The targets were often impossible. For example, coal output reached 64 million tons in 1932 against a target of 75, which meant managers pushed workers harder and blamed 'wreckers'.",
        "However, some workers gained. Stakhanovites earned bonuses and better flats, so not every worker was in conflict with the regime. This shows the picture was mixed.",
        "Source 2 is useful because it was published by the government to show success, but its purpose means it may exaggerate; it cannot show how workers felt.",
        "In conclusion, the main reason for conflict was the pressure of the targets, because the labour books, the 1940 law and the fear of the camps all followed from it.",
    ];

    private readonly EssayPrompt question = EssayPrompt.Of("Why was there conflict between the workers and Stalin?");
    private string essay = "";

    [Params(500, 2_000, 10_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new System.Text.StringBuilder();
        var words = 0;
        for (var i = 0; words < Words; i++)
        {
            var paragraph = Paragraphs[i % Paragraphs.Length];
            text.Append(paragraph).Append("\n\n");
            words += paragraph.Split(' ').Length;
        }

        essay = text.ToString();
    }

    [Benchmark]
    public int Analyze() => EssayAnalyzer.Analyze(essay, question).Paragraphs.Count;
}
