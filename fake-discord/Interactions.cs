using System.Text.Json.Nodes;

namespace FakeDiscord;

// Interaction payloads shaped like the examples in Discord's documentation. The server fills in
// id, token and application_id when one is injected.
public static class Interactions
{
    public const string UserId = "53908232506183680";
    public const string ChannelId = "645027906669510667";
    public const string AllPermissions = "2147483647";

    public static JsonObject SlashCommand(string name, params (string Name, JsonNode? Value)[] options) =>
        Build(2, new JsonObject { ["id"] = "771825006014889984", ["name"] = name, ["type"] = 1, ["options"] = Options(options) });

    public static JsonObject SubCommand(string name, string sub, params (string Name, JsonNode? Value)[] options) =>
        Build(2, new JsonObject
        {
            ["id"] = "771825006014889984",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject { ["type"] = 1, ["name"] = sub, ["options"] = Options(options) }),
        });

    public static JsonObject Autocomplete(string name, string focused, string text, params (string Name, JsonNode? Value)[] others)
    {
        var options = Options(others);
        options.Add(new JsonObject { ["type"] = 3, ["name"] = focused, ["value"] = text, ["focused"] = true });
        return Build(4, new JsonObject { ["id"] = "771825006014889984", ["name"] = name, ["type"] = 1, ["options"] = options });
    }

    // Adds an ATTACHMENT option (type 11) to the innermost options and the file to data.resolved.
    public static JsonObject WithAttachment(JsonObject interaction, string option, JsonObject attachment)
    {
        var data = interaction["data"]!.AsObject();
        var options = data["options"]!.AsArray();
        if (options.Count == 1 && options[0]!["type"]!.GetValue<int>() == 1)
        {
            options = options[0]!["options"]!.AsArray();
        }

        var id = attachment["id"]!.GetValue<string>();
        options.Add(new JsonObject { ["type"] = 11, ["name"] = option, ["value"] = id });
        data["resolved"] = new JsonObject { ["attachments"] = new JsonObject { [id] = attachment } };
        return interaction;
    }

    public static JsonObject Button(string customId) =>
        WithMessage(Build(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }));

    public static JsonObject Select(string customId, params string[] values) =>
        WithMessage(Build(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 3, ["values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) }));

    // The current shape: each input wrapped in a Label (type 18).
    public static JsonObject ModalWithLabels(string customId, params (string CustomId, string Value)[] fields) =>
        Build(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray([.. fields.Select((f, i) => (JsonNode)new JsonObject
            {
                ["type"] = 18,
                ["id"] = (i * 2) + 1,
                ["component"] = new JsonObject { ["type"] = 4, ["id"] = (i * 2) + 2, ["custom_id"] = f.CustomId, ["value"] = f.Value },
            })]),
        });

    // The legacy shape: each input inside an action row.
    public static JsonObject ModalWithRows(string customId, params (string CustomId, string Value)[] fields) =>
        Build(5, new JsonObject
        {
            ["custom_id"] = customId,
            ["components"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = f.CustomId, ["value"] = f.Value }),
            })]),
        });

    // A direct message: user instead of member, no guild.
    public static JsonObject InDirectMessage(JsonObject interaction)
    {
        var user = interaction["member"]!["user"]!.DeepClone();
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction.Remove("guild_locale");
        interaction["user"] = user;
        interaction["context"] = 1;
        interaction["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 1 };
        return interaction;
    }

    // The same interaction from another server, e.g. one that another shard serves.
    public static JsonObject InGuild(JsonObject interaction, string guildId)
    {
        interaction["guild_id"] = guildId;
        interaction["channel"]!["guild_id"] = guildId;
        interaction["authorizing_integration_owners"] = new JsonObject { ["0"] = guildId };
        return interaction;
    }

    public static JsonObject WithPermissions(JsonObject interaction, string permissions, params string[] roles)
    {
        interaction["member"]!["permissions"] = permissions;
        interaction["member"]!["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]);
        return interaction;
    }

    private static JsonArray Options((string Name, JsonNode? Value)[] options) =>
        new([.. options.Select(o => (JsonNode)new JsonObject { ["type"] = TypeOf(o.Value), ["name"] = o.Name, ["value"] = o.Value?.DeepClone() })]);

    private static int TypeOf(JsonNode? value) => value?.GetValueKind() switch
    {
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
        System.Text.Json.JsonValueKind.Number => value.ToJsonString().Contains('.', StringComparison.Ordinal) ? 10 : 4,
        _ => 3,
    };

    private static JsonObject WithMessage(JsonObject interaction)
    {
        interaction["message"] = new JsonObject
        {
            ["id"] = "1300000000000000003",
            ["channel_id"] = ChannelId,
            ["content"] = "",
            ["type"] = 20,
            ["flags"] = 0,
            ["author"] = new JsonObject { ["id"] = "1100000000000000001", ["username"] = "StudyBot", ["discriminator"] = "0", ["bot"] = true },
        };
        return interaction;
    }

    private static JsonObject Build(int type, JsonObject data) => new()
    {
        ["type"] = type,
        ["version"] = 1,
        ["guild_id"] = "1200000000000000002",
        ["channel_id"] = ChannelId,
        ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0, ["name"] = "revision", ["guild_id"] = "1200000000000000002" },
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "ada", ["global_name"] = "Ada", ["discriminator"] = "0", ["avatar"] = null },
            ["roles"] = new JsonArray("539082325061836999"),
            ["premium_since"] = null,
            ["permissions"] = AllPermissions,
            ["pending"] = false,
            ["nick"] = null,
            ["mute"] = false,
            ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
            ["deaf"] = false,
        },
        ["app_permissions"] = "442368",
        ["locale"] = "en-GB",
        ["guild_locale"] = "en-US",
        ["entitlements"] = new JsonArray(),
        ["authorizing_integration_owners"] = new JsonObject { ["0"] = "1200000000000000002" },
        ["context"] = 0,
        ["attachment_size_limit"] = 26_214_400,
        ["data"] = data,
    };
}
