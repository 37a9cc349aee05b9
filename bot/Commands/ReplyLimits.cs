namespace StudyBot.Commands;

// Discord's message limits. The dispatcher refuses a reply that breaks them, so a handler bug
// shows up in tests and in the console instead of as a 400 from Discord.
internal static class ReplyLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int EmbedTotal = 6000;
    public const int Rows = 5;
    public const int ButtonsPerRow = 5;
    public const int CustomId = 100;
    public const int ButtonLabel = 80;
    public const int SelectOptions = 25;
    public const int ModalTitle = 45;
    public const int ModalInputs = 5;
    public const int TextInputLength = 4000;

    public static IReadOnlyList<string> Check(Reply reply)
    {
        var errors = new List<string>();
        if (reply.Modal is { } modal)
        {
            CheckModal(modal, errors);
            return errors;
        }

        if ((reply.Text?.Length ?? 0) > Content)
        {
            errors.Add($"content has {reply.Text!.Length} characters (limit {Content})");
        }

        if (string.IsNullOrWhiteSpace(reply.Text) && reply.Embeds.Count == 0 && reply.Files.Count == 0 && reply.Components.Count == 0)
        {
            errors.Add("the reply is empty");
        }

        if (reply.Embeds.Count > Embeds)
        {
            errors.Add($"{reply.Embeds.Count} embeds (limit {Embeds})");
        }

        var total = 0;
        foreach (var embed in reply.Embeds)
        {
            total += CheckEmbed(embed, errors);
        }

        if (total > EmbedTotal)
        {
            errors.Add($"embeds hold {total} characters in all (limit {EmbedTotal})");
        }

        CheckComponents(reply.Components, errors);
        return errors;
    }

    private static int CheckEmbed(Embed embed, List<string> errors)
    {
        Limit(embed.Title, EmbedTitle, "embed title", errors);
        Limit(embed.Description, EmbedDescription, "embed description", errors);
        Limit(embed.Footer, Footer, "embed footer", errors);
        if (embed.Fields.Count > EmbedFields)
        {
            errors.Add($"{embed.Fields.Count} embed fields (limit {EmbedFields})");
        }

        foreach (var field in embed.Fields)
        {
            Limit(field.Name, FieldName, "field name", errors);
            Limit(field.Value, FieldValue, "field value", errors);
            if (string.IsNullOrWhiteSpace(field.Name) || string.IsNullOrWhiteSpace(field.Value))
            {
                errors.Add("an embed field has an empty name or value");
            }
        }

        return Length(embed.Title) + Length(embed.Description) + Length(embed.Footer)
            + embed.Fields.Sum(f => Length(f.Name) + Length(f.Value));
    }

    private static void CheckComponents(IReadOnlyList<ComponentRow> rows, List<string> errors)
    {
        if (rows.Count > Rows)
        {
            errors.Add($"{rows.Count} component rows (limit {Rows})");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var selects = row.Items.OfType<SelectMenu>().Count();
            if (row.Items.Count == 0 || row.Items.Count > ButtonsPerRow || (selects > 0 && row.Items.Count > 1))
            {
                errors.Add("a row holds 1-5 buttons or a single select menu");
            }

            foreach (var item in row.Items)
            {
                if (item.CustomId.Length is 0 or > CustomId || !ids.Add(item.CustomId))
                {
                    errors.Add($"custom id '{item.CustomId}' must be 1-{CustomId} characters and unique in the message");
                }

                if (item is Button button)
                {
                    Limit(button.Label, ButtonLabel, "button label", errors);
                }
                else if (item is SelectMenu menu && menu.Options.Count is 0 or > SelectOptions)
                {
                    errors.Add($"a select menu holds 1-{SelectOptions} options");
                }
            }
        }
    }

    private static void CheckModal(Modal modal, List<string> errors)
    {
        Limit(modal.Title, ModalTitle, "modal title", errors);
        if (modal.CustomId.Length is 0 or > CustomId)
        {
            errors.Add($"modal custom id must be 1-{CustomId} characters");
        }

        if (modal.Inputs.Count is 0 or > ModalInputs)
        {
            errors.Add($"a modal holds 1-{ModalInputs} inputs");
        }

        foreach (var input in modal.Inputs)
        {
            if (input.MaxLength > TextInputLength)
            {
                errors.Add($"text input max length is at most {TextInputLength}");
            }
        }
    }

    private static void Limit(string? text, int limit, string what, List<string> errors)
    {
        if (Length(text) > limit)
        {
            errors.Add($"{what} has {Length(text)} characters (limit {limit})");
        }
    }

    private static int Length(string? text) => text?.Trim().Length ?? 0;
}
