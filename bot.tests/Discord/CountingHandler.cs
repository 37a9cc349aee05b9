using StudyBot.Commands;

namespace StudyBot.Tests.Discord;

// Counts its runs, so a test can show that a refused request never reached a handler.
internal sealed class CountingHandler : ICommandHandler
{
    private int runs;

    public CommandDefinition Definition { get; } = new("count", "Counts how often it ran", []);

    public int Runs => Volatile.Read(ref runs);

    public ValueTask<Reply> HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Reply.Message($"run {Interlocked.Increment(ref runs)}"));
}
