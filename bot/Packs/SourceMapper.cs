using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

internal static class SourceMapper
{
    public static readonly IReadOnlyList<string> Types =
    [
        "speech", "statistics", "law", "poster", "memoir", "photograph description", "report",
        "newspaper", "letter", "diary", "interview", "historian", "trial record", "novel", "other",
    ];

    private static readonly string[] Keys =
        ["id", "title", "type", "author", "date", "origin", "purpose", "text", "prompts", "tags", "attribution"];

    // Prompts are offered as buttons and posted with the source, hence the small limits.
    private static readonly ListRule PromptRule = new(Min: 1, Max: 5, MaxLength: 200);

    public static Source? Map(YamlNode node, PackIds ids, PackErrorList errors)
    {
        if (YamlFields.Open(node, "a source", Keys, errors) is not { } fields)
        {
            return null;
        }

        var id = fields.Id("id");
        ids.Claim(id, fields.Value("id"), isSource: true);
        return new Source(
            Id: id,
            Title: fields.Text("title", maxLength: 100),
            Type: fields.OneOf("type", Types, required: true) ?? "",
            Author: fields.Text("author"),
            Date: fields.Text("date"),
            Origin: fields.Text("origin"),
            Purpose: fields.Text("purpose"),
            Text: fields.Text("text", maxLength: 3000),
            Prompts: fields.TextList("prompts", PromptRule),
            Tags: fields.TextList("tags", ListRule.Optional),
            Attribution: fields.OptionalText("attribution"));
    }
}
