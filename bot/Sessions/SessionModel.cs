using StudyBot.Scores;

namespace StudyBot.Sessions;

internal enum SessionState
{
    // Students join; nothing is asked until the teacher presses Next.
    Lobby,

    // A question is open for answers until its deadline.
    Asking,

    // The open question's clock is stopped; answers wait.
    Paused,

    // The last question is closed and revealed; the class waits for Next.
    Revealed,

    Ended,
}

// What the teacher chose at /session start.
internal sealed record SessionSettings(TimeSpan PerQuestion, ScoringRules Scoring, bool BoardEachQuestion);

// A session as stored: everything a restarted bot needs to carry on from the same question.
internal sealed record SessionRow(
    string Id,
    ulong GuildId,
    ulong ChannelId,
    ulong TeacherId,
    string TeacherName,
    string PackLabel,
    SessionSettings Settings,
    SessionState State,
    int Position,
    IReadOnlyList<int> Order,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? DeadlineAt,
    TimeSpan? PausedLeft,
    string? LobbyMessageId,
    string? QuestionMessageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    DateTimeOffset? EndedAt = null,
    string? EndReason = null);

internal enum QuestionStatus
{
    Waiting,
    Asked,
    Skipped,
}

internal sealed record SessionQuestionRow(int Position, string PackId, string QuestionId, QuestionStatus Status);

internal sealed record SessionStudentRow(ulong UserId, string Name, DateTimeOffset JoinedAt, DateTimeOffset? RemovedAt);

// One stored answer of a session, as the answers table holds it.
internal sealed record SessionAnswerRow(ulong UserId, string QuestionId, string Answer, bool Correct, TimeSpan Taken, int Points, int Streak);

// A student in a running session, with their totals so far.
internal sealed class SessionStudent(string name, DateTimeOffset joinedAt)
{
    public string Name { get; set; } = name;

    public DateTimeOffset JoinedAt { get; } = joinedAt;

    public bool Removed { get; set; }

    public int Points { get; set; }

    public int Right { get; set; }

    public int Answered { get; set; }

    public int Streak { get; set; }

    public int BestStreak { get; set; }
}

// An answer to the open question: the option pressed (in the pack's order), or null for typed text.
internal sealed record SessionAnswer(ulong UserId, string Name, int? Option, string Text, bool Correct, TimeSpan Taken, int Points);
