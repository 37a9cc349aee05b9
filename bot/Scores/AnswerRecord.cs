namespace StudyBot.Scores;

internal enum AnswerKind
{
    Quiz,
    Practice,
    Review,
}

// One answer as stored. Text is what the student typed or the label they pressed, cut to MaxText.
internal sealed record AnswerRecord(
    string QuizId,
    AnswerKind Kind,
    ulong GuildId,
    ulong ChannelId,
    ulong UserId,
    string UserName,
    string PackId,
    string QuestionId,
    string Text,
    bool Correct,
    TimeSpan Taken,
    int Points,
    int Streak,
    DateTimeOffset AnsweredAt)
{
    public const int MaxText = 200;

    public string StoredText => Text.Length <= MaxText ? Text : Text[..MaxText];
}
