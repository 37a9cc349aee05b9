using StudyBot.Scores;
using StudyBot.Sessions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// Two processes on one database (two connections here) starting a session in the same channel at
// the same moment: the partial unique index lets exactly one of them in, on either provider.
public sealed class SessionStoreConcurrencyTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private readonly TestDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Create_SameChannelFromTwoConnectionsAtOnce_LetsExactlyOneIn()
    {
        using var other = database.OpenAnother();
        var stores = new[] { new SessionStore(database.Database), new SessionStore(other) };
        for (var round = 0; round < 5; round++)
        {
            using var start = new Barrier(2);
            var rows = stores.Select((_, i) => Row($"s{round}x{i}")).ToArray();

            var created = await Task.WhenAll(stores.Select((store, i) => Task.Run(() =>
            {
                start.SignalAndWait();
                return store.Create(rows[i], []);
            })));

            var winner = Assert.Single(rows.Where((_, i) => created[i]));
            Assert.Equal(winner.Id, Assert.Single(stores[0].Live()).Id);
            stores[1].Save(winner with { State = SessionState.Ended, EndedAt = Now, EndReason = "test" });
        }

        Assert.Empty(stores[0].Live());
        Assert.Equal(5, database.Scalar("SELECT count(*) FROM sessions;"));
    }

    private static SessionRow Row(string id) => new(
        id, 1, 42, 7, "Ms Smith", "pack", new SessionSettings(TimeSpan.FromSeconds(20), ScoringRules.Default, false),
        SessionState.Lobby, -1, [], null, null, null, null, null, Now, Now);
}
