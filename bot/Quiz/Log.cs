using Microsoft.Extensions.Logging;

namespace StudyBot.Quiz;

// Event ids 3100-3199.
internal static partial class Log
{
    [LoggerMessage(3100, LogLevel.Information, "Quiz {QuizId} started in channel {ChannelId} with {Questions} questions")]
    public static partial void QuizStarted(ILogger logger, string quizId, ulong channelId, int questions);

    [LoggerMessage(3101, LogLevel.Information, "Quiz {QuizId} ended: {Status}")]
    public static partial void QuizEnded(ILogger logger, string quizId, string status);

    [LoggerMessage(3102, LogLevel.Error, "Quiz {QuizId} failed while {What}")]
    public static partial void QuizFailed(ILogger logger, Exception exception, string quizId, string what);

    [LoggerMessage(3103, LogLevel.Warning, "{Count} quizzes were still marked running at start-up; marked interrupted")]
    public static partial void QuizzesInterrupted(ILogger logger, int count);

    [LoggerMessage(3105, LogLevel.Debug, "Quiz {QuizId}: question {Position} closed here ({Why}); other instances that tried found it moved on")]
    public static partial void QuestionClosedHere(ILogger logger, string quizId, int position, string why);

    [LoggerMessage(3104, LogLevel.Error, "The follow-ups of {Count} stored answers failed (the answers themselves are saved)")]
    public static partial void FollowUpFailed(ILogger logger, Exception exception, int count);
}
