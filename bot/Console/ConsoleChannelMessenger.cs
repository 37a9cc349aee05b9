using System.Globalization;
using StudyBot.Commands;

namespace StudyBot.Console;

// Channel messages in the console: printed like replies, headed by the channel and message id.
internal sealed class ConsoleChannelMessenger(ConsoleIO io, ConsoleScreen screen, ConsoleFiles? files = null) : IChannelMessenger
{
    private readonly Lock gate = new();
    private long messages;

    public Task<string> PostAsync(ulong channelId, Reply message, CancellationToken cancellationToken)
    {
        var id = "m" + Interlocked.Increment(ref messages).ToString(CultureInfo.InvariantCulture);
        var components = message.Components.SelectMany(r => r.Items).ToList();
        if (components.Count > 0)
        {
            screen.Show(id, components);
        }

        Write($"#channel-{channelId.ToString(CultureInfo.InvariantCulture)} (message {id}):", message, components);
        return Task.FromResult(id);
    }

    public Task EditAsync(ulong channelId, string messageId, Reply message, CancellationToken cancellationToken)
    {
        var components = message.Components.SelectMany(r => r.Items).ToList();
        screen.Edited(messageId, components);
        Write($"#channel-{channelId.ToString(CultureInfo.InvariantCulture)} (message {messageId} edited):", message, components);
        return Task.CompletedTask;
    }

    private void Write(string heading, Reply message, IReadOnlyList<Component> components)
    {
        lock (gate)
        {
            io.Output.WriteLine(heading);
            io.Output.Write(ConsoleRenderer.Render(message with { Ephemeral = false }, components, files));
            io.Output.WriteLine();
        }
    }
}
