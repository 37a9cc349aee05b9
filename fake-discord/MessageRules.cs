using System.Text.Json.Nodes;

namespace FakeDiscord;

// Discord's limits on message payloads, plus the contract that every message carries allowed_mentions.
internal static class MessageRules
{
    private static readonly long AllowedFlags = (1 << 2) | (1 << 6) | (1 << 12);

    public static List<string> Check(JsonObject? data, IReadOnlyList<RecordedFile> files, bool mustHaveContent)
    {
        var problems = new List<string>();
        if (data is null)
        {
            problems.Add("data: a message needs a body");
            return problems;
        }

        if (data["allowed_mentions"] is not JsonObject { } mentions || mentions["parse"] is not JsonArray)
        {
            problems.Add("allowed_mentions: every message must say which mentions may ping (parse list)");
        }

        var content = data["content"]?.GetValue<string>();
        if (content is { Length: > 2000 })
        {
            problems.Add($"content: {content.Length} characters (limit 2000)");
        }

        var embeds = data["embeds"] as JsonArray ?? [];
        var components = data["components"] as JsonArray ?? [];
        if (mustHaveContent && string.IsNullOrEmpty(content) && embeds.Count == 0 && components.Count == 0 && files.Count == 0)
        {
            problems.Add("content: cannot send an empty message (50006)");
        }

        var flags = data["flags"]?.GetValue<long>() ?? 0;
        if ((flags & ~AllowedFlags) != 0)
        {
            problems.Add($"flags: {flags} includes flags a bot may not set");
        }

        EmbedRules.Check(embeds, problems);
        ComponentRules.CheckMessage(components, problems);
        CheckAttachments(data["attachments"] as JsonArray, files, problems);
        return problems;
    }

    private static void CheckAttachments(JsonArray? attachments, IReadOnlyList<RecordedFile> files, List<string> problems)
    {
        var parts = files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var attachment in attachments ?? [])
        {
            var id = attachment?["id"]?.ToString();
            if (!parts.Contains($"files[{id}]"))
            {
                problems.Add($"attachments: id {id} has no files[{id}] part");
            }
        }
    }
}
