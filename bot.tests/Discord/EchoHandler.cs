using StudyBot.Commands;

namespace StudyBot.Tests.Discord;

// Lets a test hold a handler inside HandleAsync for as long as it likes.
internal sealed class EchoGate
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

// A test command that exercises what /source does not: modals, slow work, failures, echoing text.
internal sealed class EchoHandler(EchoGate gate) : ICommandHandler, IModalHandler, IComponentHandler
{
    public CommandDefinition Definition { get; } = new("echo", "Says what you say", [
        new("text", "What to say", OptionType.String, Required: true, MaxLength: 100),
        new("times", "How many times", OptionType.Integer, MinValue: 1, MaxValue: 3),
    ]);

    public async ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var text = context.Options.GetString("text")!;
        switch (text)
        {
            case "boom":
                throw new InvalidOperationException("the echo broke");
            case "slow" or "slow-private":
                gate.Entered.TrySetResult();
                await gate.Release.Task.WaitAsync(cancellationToken);
                return Reply.Message("finally", ephemeral: text == "slow-private");
            case "file":
                return new Reply { Text = "here it is", Files = [new FileAttachment("notes.txt", "text/plain", "coal: 64 million tons"u8.ToArray(), "Notes")] };
            case "form":
                return new Reply { Modal = new Modal("echo:form", "Tell me more", [new TextInput("answer", "Your answer", Paragraph: true, MaxLength: 4000)]) };
            default:
                var times = (int)(context.Options.GetInteger("times") ?? 1);
                var where = context.Origin.GuildId is null ? "in a DM" : "in a guild";
                return Reply.Message($"{string.Join(" ", Enumerable.Repeat(text, times))} ({context.User.DisplayName}, {where})");
        }
    }

    public async ValueTask<Reply> HandleComponentAsync(ComponentContext context, CancellationToken cancellationToken)
    {
        gate.Entered.TrySetResult();
        await gate.Release.Task.WaitAsync(cancellationToken);
        return Reply.Message("clicked") with { Mode = context.Payload == "update" ? ReplyMode.UpdateMessage : ReplyMode.NewMessage };
    }

    public ValueTask<Reply> HandleModalAsync(ModalContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Reply.Message(string.Join(";", context.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"))));
}

internal sealed class ManagersOnlyHandler : ICommandHandler
{
    public CommandDefinition Definition { get; } = new("reset", "Resets the server's scores", [], Access.Managers);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Reply.Message("reset done"));
}

internal sealed class TeachersOnlyHandler : ICommandHandler
{
    public CommandDefinition Definition { get; } = new("setquiz", "Sets the class quiz", [], Access.Teachers);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Reply.Message("quiz set"));
}
