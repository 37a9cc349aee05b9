using StudyBot.Quiz;
using StudyBot.Scores;
using StudyBot.Sessions;
using StudyBot.Tests.Quiz;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// The compare-and-set and the guarded answer that let several instances run one session.
public sealed class SessionSyncTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase database = new();
    private readonly SessionStore store;
    private readonly SessionSync sync;
    private readonly SessionRow lobby;

    public SessionSyncTests()
    {
        store = new SessionStore(database.Database);
        sync = new SessionSync(database.Database);
        lobby = new SessionRow("s1", 1, 2, 5, "Ms Smith", "pack", new SessionSettings(TimeSpan.FromSeconds(30), ScoringRules.Default, true),
            SessionState.Lobby, -1, [], null, null, null, "100", null, Start, Start);
        var pack = QuizPacks.Pack();
        Assert.True(store.Create(lobby, [new PoolQuestion(pack, QuizPacks.Choice), new PoolQuestion(pack, QuizPacks.TrueFalse)]));
    }

    public void Dispose() => database.Dispose();

    [Fact]
    public void TrySave_FromAStaleVersion_IsRefused_AndTheWinnersStepStands()
    {
        var asking = Asking(0);

        Assert.True(sync.TrySave(asking, 0));
        Assert.False(sync.TrySave(lobby with { State = SessionState.Ended }, 0));
        Assert.Equal(1, sync.Version("s1"));
        Assert.Equal(SessionState.Asking, store.Find("s1")!.State);
    }

    [Fact]
    public void TrySave_KeepsTheStoredQuestionMessage_UnlessTheQuestionMoved()
    {
        sync.TrySave(Asking(0), 0);
        sync.SetQuestionMessage("s1", 0, "200");

        sync.TrySave(Asking(0) with { State = SessionState.Revealed }, 1);
        Assert.Equal(("100", "200"), (store.Find("s1")!.LobbyMessageId, store.Find("s1")!.QuestionMessageId));
        sync.TrySave(Asking(1), 2);
        Assert.Null(store.Find("s1")!.QuestionMessageId);
    }

    [Fact]
    public void TryAnswer_OnlyWhileTheQuestionIsOpenAtThatPosition_AndOncePerStudent()
    {
        Assert.Null(sync.TryAnswer(Answer(7, Start.AddSeconds(1)), 0));
        sync.TrySave(Asking(0), 0);

        Assert.True(sync.TryAnswer(Answer(7, Start.AddSeconds(1)), 0));
        Assert.False(sync.TryAnswer(Answer(7, Start.AddSeconds(2)), 0));
        Assert.Null(sync.TryAnswer(Answer(8, Start.AddSeconds(2)), 1));
        Assert.Null(sync.TryAnswer(Answer(8, Start.AddSeconds(30)), 0));
        Assert.Single(store.Answers("s1"));
        Assert.Equal(Start.AddSeconds(1), store.Find("s1")!.LastActivityAt);
    }

    [Fact]
    public void Unanswered_CountsStudentsStillInWithoutAnAnswer()
    {
        sync.TrySave(Asking(0), 0);
        store.Join("s1", 7, "Ann", Start);
        store.Join("s1", 8, "Bo", Start);
        sync.TryAnswer(Answer(7, Start.AddSeconds(1)), 0);

        Assert.Equal(1, sync.Unanswered("s1", "mc"));
        store.Remove("s1", 8, Start.AddSeconds(2));
        Assert.Equal(0, sync.Unanswered("s1", "mc"));
        Assert.Equal(1, sync.Unanswered("s1", "tf"));
    }

    [Fact]
    public void DueAndIdle_FindSessionsWhicheverInstanceStartedThem()
    {
        sync.TrySave(Asking(0), 0);

        Assert.Empty(sync.Due(Start.AddSeconds(29)));
        Assert.Equal([("s1", 0)], sync.Due(Start.AddSeconds(30)));
        Assert.Equal([("s1", 0)], sync.Idle(Start));
        Assert.Empty(sync.Idle(Start.AddSeconds(-1)));
    }

    private SessionRow Asking(int position) => lobby with
    {
        State = SessionState.Asking, Position = position, Order = [0, 1], OpenedAt = Start, DeadlineAt = Start.AddSeconds(30), QuestionMessageId = null,
    };

    private static AnswerRecord Answer(ulong user, DateTimeOffset at) =>
        new("s1", AnswerKind.Quiz, 1, 2, user, $"user{user}", "p", "mc", "64", false, at - Start, 0, 0, at);
}
