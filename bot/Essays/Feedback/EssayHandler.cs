using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Essays.Files;
using StudyBot.Packs;

namespace StudyBot.Essays.Feedback;

// /essay feedback opens a form for the essay and answers with structure feedback;
// /essay question gives a practice question from a pack with its planning scaffold.
// The essay's text is analysed in memory and never stored or logged.
internal sealed class EssayHandler(PackCatalog catalog, IAttachmentDownloader downloader, EssaySummaryStore summaries, IOptions<EssaysOptions> settings)
    : ICommandHandler, IModalHandler, IAutocompleteHandler
{
    public const int MaxEssayLength = 4000;
    private const string EssayInput = "essay";
    private const string QuestionInput = "question";

    public CommandDefinition Definition { get; } = new(
        "essay",
        "Feedback on the structure of a practice essay, and practice questions",
        [
            new("feedback", "Paste an essay and get feedback on its structure", OptionType.SubCommand, Options:
            [
                new("question", "The question the essay answers (pick a pack question or type your own)", OptionType.String, Autocomplete: true, MaxLength: 300),
                new("public", "Show the feedback to the channel instead of only to you", OptionType.Boolean),
                new("file", "The essay as a .txt, .md, .docx or .pdf file (instead of pasting it)", OptionType.Attachment),
            ]),
            new("question", "A practice essay question with a planning scaffold", OptionType.SubCommand, Options:
            [
                new("pick", "Which question (leave empty for a random one)", OptionType.String, Autocomplete: true, MaxLength: 100),
            ]),
            new("history", "Your last essays: words and level (the essays themselves are never kept)", OptionType.SubCommand),
        ]);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        switch (context.SubCommand)
        {
            case "question":
                return Question(context.Options.GetString("pick"));
            case "history":
                return EssayHistory.Show(summaries.Recent(context.User.UserId, EssayHistory.Count));
        }

        return context.Attachment("file") is { } file
            ? await FromFileAsync(context.Origin, file, context.Options, cancellationToken)
            : Form(context.Options);
    }

    public ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken)
    {
        var parts = context.Payload.Split(':', 3);
        if (parts.Length != 3 || parts[0] != "f" || !context.Fields.TryGetValue(EssayInput, out var essay))
        {
            return ValueTask.FromResult(Reply.Problem("That form has expired. Run /essay feedback again."));
        }

        var typedQuestion = context.Fields.GetValueOrDefault(QuestionInput)?.Trim();
        var packQuestion = EssayQuestions.Find(catalog, parts[2]);
        var prompt = packQuestion is not null && (string.IsNullOrEmpty(typedQuestion) || typedQuestion == packQuestion.Question.Prompt)
            ? EssayPrompt.From(packQuestion.Question)
            : string.IsNullOrEmpty(typedQuestion) ? null : EssayPrompt.Of(typedQuestion);
        return ValueTask.FromResult(Feedback(context.Origin, essay, prompt) with { Ephemeral = parts[1] != "p" });
    }

    public ValueTask<IReadOnlyList<OptionChoice>> AutocompleteAsync(AutocompleteContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<OptionChoice>>([.. EssayQuestions.Suggest(catalog, context.Text)
            .Select(q => new OptionChoice(Markdown.Truncate(q.Question.Prompt, 100), q.Key))]);

    // An attached essay is answered at once: there is no form to fill.
    private async Task<Reply> FromFileAsync(Origin origin, AttachmentInfo file, CommandOptions options, CancellationToken cancellationToken)
    {
        var limit = settings.Value.MaxAttachmentBytes;
        var downloaded = await downloader.DownloadAsync(file, limit, cancellationToken);
        var read = downloaded.Bytes is { } bytes ? EssayFileReader.Read(file.FileName, bytes, limit) : EssayFile.Refused(downloaded.Problem!);
        if (read.Text is null)
        {
            return Reply.Problem(Markdown.Fit(read.Problem!, 500));
        }

        var typed = options.GetString("question")?.Trim() ?? "";
        var fromPack = EssayQuestions.Named(catalog, typed);
        var prompt = fromPack is not null ? EssayPrompt.From(fromPack.Question) : typed.Length == 0 ? null : EssayPrompt.Of(typed);
        return Feedback(origin, read.Text, prompt) with { Ephemeral = options.GetBoolean("public") != true };
    }

    private Reply Feedback(Origin origin, string essay, EssayPrompt? prompt)
    {
        var report = EssayAnalyzer.Analyze(essay, prompt);
        if (report.Level.Value > 0)
        {
            summaries.Record(origin.GuildId ?? 0, origin.User.UserId, report.WordCount, report.Level.Value, prompt?.Id, origin.ReceivedAt);
        }

        return EssayFeedbackCards.Build(report, essay, prompt);
    }

    private Reply Form(CommandOptions options)
    {
        var typed = options.GetString("question")?.Trim() ?? "";
        var fromPack = EssayQuestions.Named(catalog, typed);
        var visibility = options.GetBoolean("public") == true ? "p" : "e";
        var questionText = fromPack?.Question.Prompt ?? typed;
        return new Reply
        {
            Modal = new Modal(
                $"essay:f:{visibility}:{fromPack?.Key ?? "-"}",
                "Essay feedback",
                [
                    new TextInput(QuestionInput, "The question (optional)", Paragraph: false, Required: false, MaxLength: 300,
                        Placeholder: "Why was there conflict between the workers and Stalin?", Value: questionText.Length == 0 ? null : Markdown.Truncate(questionText, 300)),
                    new TextInput(EssayInput, "Your essay", Paragraph: true, Required: true, MaxLength: MaxEssayLength,
                        Placeholder: "Paste the essay here; leave a blank line between paragraphs."),
                ]),
        };
    }

    private Reply Question(string? pick)
    {
        var all = EssayQuestions.All(catalog).ToList();
        if (all.Count == 0)
        {
            return Reply.Problem("No pack loaded here has essay questions yet.");
        }

        var chosen = string.IsNullOrWhiteSpace(pick)
            ? all[Random.Shared.Next(all.Count)]
            : EssayQuestions.Find(catalog, pick.Trim()) ?? EssayQuestions.Suggest(catalog, pick) switch { [var first, ..] => first, _ => null };
        return chosen is null
            ? Reply.Problem($"No essay question matches \"{Markdown.Fit(pick!, 100)}\". Leave the option empty for a random one.")
            : EssayFeedbackCards.Practice(chosen);
    }
}
