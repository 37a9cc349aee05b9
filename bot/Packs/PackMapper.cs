using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// Maps the top-level mapping by hand so every error keeps the position of the node it is about.
internal static class PackMapper
{
    private static readonly string[] Keys =
        ["id", "title", "subject", "level", "description", "allow_generated", "key_terms", "sources", "questions", "essay_questions"];

    public static (Pack? Pack, YamlNode? IdNode) Map(YamlNode root, PackErrorList errors)
    {
        if (YamlFields.Open(root, "the pack", Keys, errors) is not { } fields)
        {
            return (null, null);
        }

        var ids = new PackIds();
        var sources = Many(fields.Items("sources"), node => SourceMapper.Map(node, ids, errors));
        var sourceIds = ids.SourceIds;
        var questions = Many(fields.Items("questions"), node => QuestionMapper.Map(node, ids, sourceIds, errors));
        var essays = Many(fields.Items("essay_questions"), node => EssayQuestionMapper.Map(node, ids, errors));
        ids.ReportDuplicates(errors);

        var pack = new Pack(
            Id: fields.Id("id"),
            Title: fields.Text("title", maxLength: 100),
            Subject: fields.Text("subject"),
            Level: fields.Text("level"),
            Description: fields.OptionalText("description"),
            AllowGenerated: fields.Flag("allow_generated"),
            KeyTerms: fields.TextList("key_terms", ListRule.Optional),
            Sources: sources,
            Questions: questions,
            EssayQuestions: essays);
        return (pack, fields.Value("id"));
    }

    private static List<T> Many<T>(IReadOnlyList<YamlNode> nodes, Func<YamlNode, T?> map)
        where T : class => [.. nodes.Select(map).OfType<T>()];
}
