using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

internal static class EssayQuestionMapper
{
    private static readonly string[] Keys = ["id", "prompt", "key_terms", "scaffold"];

    public static EssayQuestion? Map(YamlNode node, PackIds ids, PackErrorList errors)
    {
        if (YamlFields.Open(node, "an essay question", Keys, errors) is not { } fields)
        {
            return null;
        }

        var id = fields.Id("id");
        ids.Claim(id, fields.Value("id"));
        return new EssayQuestion(
            Id: id,
            Prompt: fields.Text("prompt", maxLength: 300),
            KeyTerms: fields.TextList("key_terms", ListRule.AtLeastOne),
            Scaffold: fields.TextList("scaffold", ListRule.AtLeastOne));
    }
}
