using System.Collections.Concurrent;
using StudyBot.Commands;

namespace StudyBot.Tests.Quiz.Channel;

// Keeps every channel message and edit, in order, for assertions.
internal sealed class RecordingMessenger : IChannelMessenger
{
    private int next;

    public ConcurrentQueue<(string Id, Reply Message, bool Edit)> Sent { get; } = new();

    public IEnumerable<string> Titles => Sent.Where(s => !s.Edit).SelectMany(s => s.Message.Embeds).Select(e => e.Title ?? "");

    public Task<string> PostAsync(ulong channelId, Reply message, CancellationToken cancellationToken)
    {
        var id = "m" + Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Sent.Enqueue((id, message, false));
        return Task.FromResult(id);
    }

    public Task EditAsync(ulong channelId, string messageId, Reply message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((messageId, message, true));
        return Task.CompletedTask;
    }
}
