namespace StudyBot.Commands;

// Messages a feature posts to a channel on its own schedule (a quiz's questions and reveals),
// outside any interaction's reply. Each transport implements it; mentions stay off as in replies.
internal interface IChannelMessenger
{
    // Returns the new message's id, for later edits.
    Task<string> PostAsync(ulong channelId, Reply message, CancellationToken cancellationToken);

    Task EditAsync(ulong channelId, string messageId, Reply message, CancellationToken cancellationToken);
}
