using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;

namespace StudyBot.Sessions;

// The live sessions, one per channel. At start-up every session the database holds as live is
// rebuilt and carries on; at shutdown nothing is ended, because the stored state is the session.
internal sealed class LiveSessions(
    IChannelMessenger messenger, AnswerRecorder recorder, SessionStore store, GuildPacks packs, TimeProvider time,
    IOptions<SessionsOptions> options, ILogger<LiveSessions> logger)
    : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<ulong, LiveSession> byChannel = new();
    private readonly ConcurrentDictionary<string, LiveSession> byId = new(StringComparer.Ordinal);
    private readonly SessionServices services = new(messenger, recorder, store, time, options.Value, logger);

    public LiveSession? InChannel(ulong channelId) => byChannel.GetValueOrDefault(channelId);

    public LiveSession? ById(string id) => byId.GetValueOrDefault(id);

    // Null when the channel already has a live session.
    public async Task<LiveSession?> StartAsync(Origin origin, string packLabel, SessionSettings settings, IReadOnlyList<PoolQuestion> questions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new SessionRow(
            "s" + Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant(),
            origin.GuildId ?? 0, origin.ChannelId, origin.User.UserId, origin.User.DisplayName, packLabel, settings,
            SessionState.Lobby, -1, [], null, null, null, null, null, now, now);
        if (byChannel.ContainsKey(origin.ChannelId) || !store.Create(row, questions))
        {
            return null;
        }

        var session = new LiveSession(row, questions, services, Forget);
        if (!byChannel.TryAdd(origin.ChannelId, session))
        {
            session.Dispose();
            return null;
        }

        byId[row.Id] = session;
        Log.SessionStarted(logger, row.Id, origin.ChannelId, questions.Count);
        await session.OpenLobbyAsync(cancellationToken);
        return session;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var row in store.Live())
        {
            var catalog = packs.For(row.GuildId == 0 ? null : row.GuildId);
            var rows = store.Questions(row.Id);
            var questions = rows.Select(q => QuestionPool.Find(catalog, q.PackId, q.QuestionId)).ToList();
            if (questions.Any(q => q is null))
            {
                Log.SessionNotRestored(logger, row.Id, "a question's pack is no longer loaded");
                store.Save(row with { State = SessionState.Ended, EndedAt = time.GetUtcNow(), EndReason = "Ended: a pack it used is no longer loaded." });
                continue;
            }

            var session = new LiveSession(row, questions!, services, Forget);
            session.Load(rows, store.Students(row.Id), store.Answers(row.Id));
            byChannel[row.ChannelId] = session;
            byId[row.Id] = session;
            try
            {
                await session.ContinueAfterRestartAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The session stays live: its buttons and /session commands still work.
                Log.SessionFailed(logger, exception, row.Id, "carrying on after a restart");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        foreach (var session in byId.Values)
        {
            session.Dispose();
        }
    }

    private void Forget(LiveSession session)
    {
        byChannel.TryRemove(new KeyValuePair<ulong, LiveSession>(session.ChannelId, session));
        byId.TryRemove(session.Id, out _);
    }
}
