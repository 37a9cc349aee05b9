using System.Text.Json.Nodes;

namespace FakeDiscord;

internal static class EmbedRules
{
    public static void Check(JsonArray embeds, List<string> problems)
    {
        if (embeds.Count > 10)
        {
            problems.Add($"embeds: {embeds.Count} embeds (limit 10)");
        }

        var total = 0;
        foreach (var embed in embeds.OfType<JsonObject>())
        {
            total += Text(embed["title"], 256, "embeds.title", problems);
            total += Text(embed["description"], 4096, "embeds.description", problems);
            total += Text(embed["footer"]?["text"], 2048, "embeds.footer.text", problems);
            total += Text(embed["author"]?["name"], 256, "embeds.author.name", problems);
            var fields = embed["fields"] as JsonArray ?? [];
            if (fields.Count > 25)
            {
                problems.Add($"embeds.fields: {fields.Count} fields (limit 25)");
            }

            foreach (var field in fields)
            {
                total += Text(field?["name"], 256, "embeds.fields.name", problems, required: true);
                total += Text(field?["value"], 1024, "embeds.fields.value", problems, required: true);
            }
        }

        if (total > 6000)
        {
            problems.Add($"embeds: {total} characters in all (limit 6000)");
        }
    }

    private static int Text(JsonNode? node, int limit, string path, List<string> problems, bool required = false)
    {
        var text = node?.GetValue<string>().Trim() ?? "";
        if (text.Length > limit)
        {
            problems.Add($"{path}: {text.Length} characters (limit {limit})");
        }

        if (required && text.Length == 0)
        {
            problems.Add($"{path}: required");
        }

        return text.Length;
    }
}
