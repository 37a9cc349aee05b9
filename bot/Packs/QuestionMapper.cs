using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

internal static class QuestionMapper
{
    private static readonly string[] Keys =
        ["id", "type", "prompt", "choices", "answer", "accept", "tolerance", "explanation", "source", "difficulty", "tags"];

    // In QuestionType order, so a type can name itself in messages.
    private static readonly string[] TypeNames = ["multiple_choice", "true_false", "short_answer", "numeric"];
    private static readonly string[] DifficultyNames = ["easy", "medium", "hard"];

    // Choices become Discord buttons: at most five per row, labels of at most 80 characters.
    private static readonly ListRule ChoiceRule = new(Min: 2, Max: 5, MaxLength: 80, Distinct: true);

    public static Question? Map(YamlNode node, PackIds ids, IReadOnlySet<string> sourceIds, PackErrorList errors)
    {
        if (YamlFields.Open(node, "a question", Keys, errors) is not { } fields)
        {
            return null;
        }

        var id = fields.Id("id");
        ids.Claim(id, fields.Value("id"));
        var type = ParseType(fields.OneOf("type", TypeNames, required: true));
        IReadOnlyList<string> choices = OnlyFor(fields, "choices", type, QuestionType.MultipleChoice)
            ? fields.TextList("choices", ChoiceRule)
            : [];
        return new Question(
            Id: id,
            Type: type ?? QuestionType.ShortAnswer,
            Prompt: fields.Text("prompt", maxLength: 300),
            Choices: choices,
            Answer: QuestionAnswers.Read(fields, type, choices),
            Accept: OnlyFor(fields, "accept", type, QuestionType.ShortAnswer) ? fields.TextList("accept", ListRule.Optional) : [],
            Tolerance: OnlyFor(fields, "tolerance", type, QuestionType.Numeric) ? QuestionAnswers.Tolerance(fields) : null,
            Explanation: fields.Text("explanation", maxLength: 500),
            SourceId: SourceReference(fields, sourceIds),
            Difficulty: ParseDifficulty(fields.OneOf("difficulty", DifficultyNames, required: false)),
            Tags: fields.TextList("tags", ListRule.Optional));
    }

    // Whether to read a type-specific key; a key that does not fit a known type is reported.
    private static bool OnlyFor(YamlFields fields, string key, QuestionType? type, QuestionType owner)
    {
        if (type == owner)
        {
            return true;
        }

        if (type is not null && fields.Key(key) is { } node)
        {
            fields.Errors.Add(node, $"'{key}' is only allowed on {TypeNames[(int)owner]} questions");
        }

        return false;
    }

    private static string? SourceReference(YamlFields fields, IReadOnlySet<string> sourceIds)
    {
        var id = fields.OptionalText("source");
        if (id is not null && !sourceIds.Contains(id))
        {
            var known = sourceIds.Count == 0 ? "the pack has no sources" : $"sources: {string.Join(", ", sourceIds.Order(StringComparer.Ordinal))}";
            fields.Errors.Add(fields.Value("source")!, $"'source' names '{id}', which is not a source of this pack; {known}");
        }

        return id;
    }

    private static QuestionType? ParseType(string? name) => name switch
    {
        "multiple_choice" => QuestionType.MultipleChoice,
        "true_false" => QuestionType.TrueFalse,
        "short_answer" => QuestionType.ShortAnswer,
        "numeric" => QuestionType.Numeric,
        _ => null,
    };

    private static Difficulty ParseDifficulty(string? name) => name switch
    {
        "easy" => Difficulty.Easy,
        "hard" => Difficulty.Hard,
        _ => Difficulty.Medium,
    };
}
