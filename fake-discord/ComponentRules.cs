using System.Text.Json.Nodes;

namespace FakeDiscord;

internal static class ComponentRules
{
    public static void CheckMessage(JsonArray rows, List<string> problems)
    {
        if (rows.Count > 5)
        {
            problems.Add($"components: {rows.Count} rows (limit 5)");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.OfType<JsonObject>())
        {
            var items = row["components"] as JsonArray ?? [];
            if (row["type"]?.GetValue<int>() != 1 || items.Count is 0 or > 5)
            {
                problems.Add("components: a top-level component must be an action row of 1-5 items");
                continue;
            }

            var selects = items.Count(i => i?["type"]?.GetValue<int>() is 3 or 5 or 6 or 7 or 8);
            if (selects > 0 && items.Count > 1)
            {
                problems.Add("components: a select menu needs a row of its own");
            }

            foreach (var item in items.OfType<JsonObject>())
            {
                CustomId(item, ids, problems);
                if (item["label"]?.GetValue<string>() is { Length: > 80 })
                {
                    problems.Add("components.label: longer than 80 characters");
                }

                if (item["options"] is JsonArray { Count: > 25 or 0 })
                {
                    problems.Add("components.options: a select needs 1-25 options");
                }
            }
        }
    }

    public static List<string> CheckModal(JsonObject? data)
    {
        var problems = new List<string>();
        var title = data?["title"]?.GetValue<string>() ?? "";
        if (title.Length is < 1 or > 45)
        {
            problems.Add("title: must be 1-45 characters");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        CustomId(data ?? [], ids, problems);
        var components = data?["components"] as JsonArray ?? [];
        if (components.Count is < 1 or > 5)
        {
            problems.Add("components: a modal needs 1-5 components");
        }

        foreach (var top in components.OfType<JsonObject>())
        {
            // Labels (type 18) wrap one component; legacy action rows wrap a list.
            var inner = top["type"]?.GetValue<int>() switch
            {
                18 => top["component"] is JsonObject one ? [one] : [],
                1 => (top["components"] as JsonArray ?? []).OfType<JsonObject>().ToList(),
                _ => new List<JsonObject>(),
            };
            if (inner.Count == 0)
            {
                problems.Add("components: each modal component must be a label or an action row");
            }

            foreach (var input in inner)
            {
                CustomId(input, ids, problems);
                if (input["max_length"]?.GetValue<int>() is < 1 or > 4000)
                {
                    problems.Add("components.max_length: must be 1-4000");
                }
            }

            if (top["label"]?.GetValue<string>() is { Length: > 45 })
            {
                problems.Add("components.label: longer than 45 characters");
            }
        }

        return problems;
    }

    private static void CustomId(JsonObject item, HashSet<string> seen, List<string> problems)
    {
        if (item["url"] is not null)
        {
            return;
        }

        var id = item["custom_id"]?.GetValue<string>() ?? "";
        if (id.Length is < 1 or > 100)
        {
            problems.Add($"custom_id: '{id}' must be 1-100 characters");
        }
        else if (!seen.Add(id))
        {
            problems.Add($"custom_id: '{id}' is used twice");
        }
    }
}
