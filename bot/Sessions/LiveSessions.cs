using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Instances;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;

namespace StudyBot.Sessions;

// The live sessions, one per channel. At start-up every session the database holds as live is
// rebuilt and carries on; at shutdown nothing is ended, because the stored state is the session.
// In http mode other instances run the same sessions: nothing is restored (or re-posted) at
// start-up; a session is loaded when a press for it arrives, and refreshed before each step.
internal sealed class LiveSessions(
    IChannelMessenger messenger, AnswerRecorder recorder, SessionStore store, GuildPacks packs, TimeProvider time,
    IOptions<SessionsOptions> options, ILogger<LiveSessions> logger, SessionSync sync, IOptions<InstancesOptions> instances)
    : IHostedService, IDisposable, ISweep
{
    private readonly ConcurrentDictionary<ulong, LiveSession> byChannel = new();
    private readonly ConcurrentDictionary<string, LiveSession> byId = new(StringComparer.Ordinal);

    // Sessions this instance cannot load (a pack it lacks), said once rather than at every sweep.
    private readonly ConcurrentDictionary<string, bool> unloadable = new(StringComparer.Ordinal);
    private readonly SessionServices services = new(messenger, recorder, store, time, options.Value, logger, sync, instances.Value.Shared);

    public LiveSession? InChannel(ulong channelId) => byChannel.GetValueOrDefault(channelId);

    public LiveSession? ById(string id) => byId.GetValueOrDefault(id);

    // What a press or command acts on: in http mode loaded from the database and brought up to date.
    public async Task<LiveSession?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (!services.Shared)
        {
            return ById(id);
        }

        if ((byId.GetValueOrDefault(id) ?? Load(id)) is not { } session)
        {
            return null;
        }

        await session.RefreshAsync(cancellationToken);
        return session.State == SessionState.Ended ? null : session;
    }

    public async Task<LiveSession?> InChannelAsync(ulong channelId, CancellationToken cancellationToken) =>
        !services.Shared ? InChannel(channelId)
        : store.Latest(channelId) is { State: not SessionState.Ended } latest ? await FindAsync(latest.Id, cancellationToken)
        : null;

    public async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var (id, position) in sync.Due(now))
        {
            if (await FindAsync(id, cancellationToken) is { } session)
            {
                await session.CloseDueAsync(position);
            }
        }

        foreach (var (id, _) in sync.Idle(now - TimeSpan.FromMinutes(options.Value.IdleMinutes)))
        {
            if (await FindAsync(id, cancellationToken) is { } session)
            {
                await session.EndIfIdleAsync();
            }
        }
    }

    private LiveSession? Load(string id)
    {
        if (store.Find(id) is not { State: not SessionState.Ended } row)
        {
            return null;
        }

        if (StoredQuestions.Find(packs, row.GuildId, [.. store.Questions(id).Select(q => (q.PackId, q.QuestionId))]) is not { } questions)
        {
            if (unloadable.TryAdd(id, true))
            {
                Log.SessionNotRestored(logger, id, "a question's pack is not loaded on this instance");
            }

            return null;
        }

        var session = new LiveSession(row, questions, services, Forget);
        var kept = byId.GetOrAdd(id, session);
        if (kept != session)
        {
            session.Dispose();
        }

        byChannel[row.ChannelId] = kept;
        return kept;
    }

    // Null when the channel already has a live session.
    public async Task<LiveSession?> StartAsync(Origin origin, string packLabel, SessionSettings settings, IReadOnlyList<PoolQuestion> questions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var row = new SessionRow(
            "s" + Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant(),
            origin.GuildId ?? 0, origin.ChannelId, origin.User.UserId, origin.User.DisplayName, packLabel, settings,
            SessionState.Lobby, -1, [], null, null, null, null, null, now, now);
        // In http mode the unique index alone decides: this process's map may hold an ended session.
        if ((!services.Shared && byChannel.ContainsKey(origin.ChannelId)) || !store.Create(row, questions))
        {
            return null;
        }

        var session = new LiveSession(row, questions, services, Forget);
        if (services.Shared)
        {
            byChannel[origin.ChannelId] = session;
        }
        else if (!byChannel.TryAdd(origin.ChannelId, session))
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
        if (services.Shared)
        {
            return;
        }

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
