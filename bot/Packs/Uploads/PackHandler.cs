using System.Globalization;
using StudyBot.Commands;
using StudyBot.Packs.Import;

namespace StudyBot.Packs.Uploads;

// /pack for teachers: list and inspect packs, validate a file, upload one for this server, remove it.
internal sealed class PackHandler(GuildPacks packs, UploadedPackStore store, IAttachmentDownloader downloader, TimeProvider time) : ICommandHandler
{
    public const int MaxShownErrors = 15;

    public CommandDefinition Definition { get; } = new(
        "pack",
        "List, check, upload and remove content packs for this server",
        [
            new("list", "The packs this server can use", OptionType.SubCommand),
            new("info", "What one pack holds", OptionType.SubCommand, Options: [new("pack", "The pack's id", OptionType.String, Required: true, MaxLength: 100)]),
            new("validate", "Check a pack file (YAML, Red trivia YAML or CSV) without saving it", OptionType.SubCommand,
                Options: [new("file", "The pack file", OptionType.Attachment, Required: true)]),
            new("upload", "Add or replace a pack for this server only", OptionType.SubCommand,
                Options: [new("file", "The pack file (YAML, Red trivia YAML or CSV)", OptionType.Attachment, Required: true)]),
            new("remove", "Remove a pack this server uploaded", OptionType.SubCommand, Options: [new("pack", "The pack's id", OptionType.String, Required: true, MaxLength: 100)]),
        ],
        Access.Teachers);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var guild = context.Origin.GuildId;
        return context.SubCommand switch
        {
            "list" => List(guild),
            "info" => Info(guild, context.Options.GetString("pack") ?? ""),
            "validate" or "upload" => await CheckAsync(context, context.SubCommand == "upload", cancellationToken),
            _ => Remove(guild, context.Options.GetString("pack")?.Trim() ?? ""),
        };
    }

    private Reply List(ulong? guild)
    {
        var uploaded = guild is { } g ? packs.Uploaded(g).Select(p => p.Id).ToHashSet(StringComparer.Ordinal) : [];
        var lines = packs.For(guild).Packs.Select(p =>
            $"**{Markdown.Fit(p.Id, 40)}**: {Markdown.Fit(p.Title, 100)} ({p.Questions.Count} questions, {p.Sources.Count} sources){(uploaded.Contains(p.Id) ? " · uploaded here" : "")}");
        return Reply.Message(Markdown.Truncate("Packs here:\n" + string.Join('\n', lines), ReplyLimits.Content), ephemeral: true);
    }

    private Reply Info(ulong? guild, string id)
    {
        if (packs.For(guild).Find(id.Trim()) is not { } pack)
        {
            return Reply.Problem($"There is no pack '{Markdown.Fit(id, 100)}' here. /pack list shows them.");
        }

        var tags = pack.Questions.SelectMany(q => q.Tags).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        var fields = new List<EmbedField>
        {
            new("Subject", Markdown.Fit($"{pack.Subject} · {pack.Level}", 200), Inline: true),
            new("Questions", pack.Questions.Count.ToString(CultureInfo.InvariantCulture), Inline: true),
            new("Sources", pack.Sources.Count.ToString(CultureInfo.InvariantCulture), Inline: true),
            new("Topics", Markdown.Truncate(Markdown.Fit(string.Join(", ", tags), 1000) is { Length: > 0 } t ? t : "none", ReplyLimits.FieldValue)),
        };
        return new Reply
        {
            Embeds = [new Embed(Markdown.Fit(pack.Title, ReplyLimits.EmbedTitle), Markdown.Fit(pack.Description ?? "", 1000), fields, $"id {pack.Id}")],
            Ephemeral = true,
        };
    }

    private async Task<Reply> CheckAsync(CommandContext context, bool save, CancellationToken cancellationToken)
    {
        var file = await PackAttachment.ReadAsync(context.Attachment("file"), downloader, cancellationToken);
        if (file.Text is null)
        {
            return Reply.Problem($"{Markdown.Fit(file.FileName, 100)}: {Markdown.Fit(file.Problem ?? "cannot read it", 200)}.");
        }

        var result = PackFormats.Load(file.Text, file.FileName);
        if (result.Pack is not { } pack)
        {
            var shown = result.Errors.Take(MaxShownErrors).Select(e => "• " + Markdown.Fit(e.ToString(), 200));
            var more = result.Errors.Count > MaxShownErrors ? $"\n…and {result.Errors.Count - MaxShownErrors} more." : "";
            return Reply.Problem(Markdown.Truncate($"{Markdown.Fit(file.FileName, 100)} has {result.Errors.Count} problem(s); nothing was saved:\n{string.Join('\n', shown)}{more}", ReplyLimits.Content));
        }

        var summary = $"{Markdown.Fit(file.FileName, 100)} is a valid pack: **{Markdown.Fit(pack.Id, 40)}**, {pack.Questions.Count} questions, {pack.Sources.Count} sources.";
        if (!save)
        {
            return Reply.Message(summary, ephemeral: true);
        }

        if (context.Origin.GuildId is not { } guild)
        {
            return Reply.Problem("Uploaded packs belong to a server; upload in one.");
        }

        if (packs.Shipped.Find(pack.Id) is not null)
        {
            return Reply.Problem($"'{Markdown.Fit(pack.Id, 40)}' is the id of a pack shipped with the bot; give yours another id (or file name).");
        }

        store.Save(new UploadedPack(guild, pack.Id, file.FileName, file.Text), context.User.UserId, time.GetUtcNow());
        packs.Changed(guild);
        return Reply.Message(summary + " Saved for this server and ready: try /practice pack:" + pack.Id, ephemeral: true);
    }

    private Reply Remove(ulong? guild, string id)
    {
        if (guild is not { } g || !store.Remove(g, id))
        {
            return Reply.Problem($"This server has no uploaded pack '{Markdown.Fit(id, 100)}'. Shipped packs cannot be removed.");
        }

        packs.Changed(g);
        return Reply.Message($"Removed the pack '{Markdown.Fit(id, 100)}' from this server. Answers already given stay in the scores.", ephemeral: true);
    }
}
