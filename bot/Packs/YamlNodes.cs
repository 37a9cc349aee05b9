using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

internal static class YamlNodes
{
    // An empty value, ~ or null written without quotes means "nothing"; quoted, they are text.
    public static bool IsNull(YamlNode node) => node is YamlScalarNode
    {
        Style: ScalarStyle.Plain or ScalarStyle.Any,
        Value: null or "" or "~" or "null" or "Null" or "NULL",
    };

    public static string Describe(YamlNode node) => node switch
    {
        _ when IsNull(node) => "nothing",
        YamlScalarNode => "text",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an alias",
    };

    public static string Text(YamlScalarNode node) => (node.Value ?? "").Trim();
}
