using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Rest;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;
using StudyBot.Quiz.Channel;
using StudyBot.Review;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Discord.Interactions;

// The first class to press a button after a start used to wait for the JIT: the published bot is
// ReadyToRun, but the runtime's async plumbing instantiated over the bot's own state machines (and a
// few collections of the bot's types) cannot be precompiled outside the framework, and about ninety
// such methods were compiled during that first burst (p99 28.6-35.0 ms, against 13-20 ms for every
// later burst). So at start-up the whole answer path runs once: a /quiz start and a few presses go
// through admission, the responder, the dispatcher, the quiz and the group commit, exactly as a class's
// would, but through a graph of their own on a scratch SQLite file, with a messenger and an initial
// response that send nothing. No real data is read or written and nothing reaches Discord.
internal sealed class AnswerPathWarmUp(
    GuildPacks packs,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<AnswerPathWarmUp> logger) : BackgroundService
{
    // Enough presses at once that the group commit batches some and makes others wait their turn.
    private const int Presses = 8;
    private const ulong Channel = 1;

    // The scratch database's folder, under the system's temporary folder; removed when done.
    internal const string FolderPrefix = "studybot-warmup-";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WarmUp || !packs.Shipped.Packs.Any(p => p.Questions.Count > 0))
        {
            return;
        }

        // Since .NET 10 a BackgroundService's ExecuteAsync runs on the thread pool from its first line,
        // so neither the host's start nor the gateway's connect waits for this.
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(Path.GetTempPath(), FolderPrefix + Guid.NewGuid().ToString("N"));
        int stored;
        try
        {
            stored = await RunAsync(Path.Combine(folder, "warmup.db"), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return; // Stopping before it finished: nothing to keep.
        }
        catch (Exception exception)
        {
            // A warm-up that fails costs only the first burst's speed.
            Log.WarmUpFailed(logger, exception);
            return;
        }
        finally
        {
            TryDelete(folder);
        }

        Log.WarmedUp(logger, Presses, stored, clock.ElapsedMilliseconds);
    }

    // The number of presses answered with a stored answer.
    private async Task<int> RunAsync(string databasePath, CancellationToken cancellationToken)
    {
        var database = new Database(Options.Create(new StorageOptions { DatabasePath = databasePath }));
        try
        {
            return await RunAsync(database, cancellationToken);
        }
        finally
        {
            // Disposing returns the scratch file's connections to the pool; close them for good, with
            // their page caches.
            database.Dispose();
            using var connection = (SqliteConnection)database.Open();
            SqliteConnection.ClearPool(connection);
        }
    }

    private async Task<int> RunAsync(Database database, CancellationToken cancellationToken)
    {
        new Migrator(database, NullLogger<Migrator>.Instance).Migrate();
        var store = new ScoreStore(database);
        var recorder = new AnswerRecorder(store, [new ReviewFollowUp(new ReviewCards(database))]);
        using var quizzes = new ChannelQuizzes(new SilentMessenger(), recorder, store, time, NullLogger<ChannelQuizzes>.Instance);
        var dispatcher = new InteractionDispatcher(new CommandRegistry([new QuizHandler(new GuildPacks(packs.Shipped, null), quizzes)]), NullLogger<InteractionDispatcher>.Instance);
        // A handler slower than the budget (a busy machine) is deferred and then edited through the
        // REST API: this one has no way out, so a warm-up can never send anything to Discord.
        var offline = new DiscordApi(new DiscordRestClient(new Nowhere(), options, new RestRateLimiter(time, NullLogger<RestRateLimiter>.Instance), time, NullLogger<DiscordRestClient>.Instance));
        using var responder = new InteractionResponder(dispatcher, offline, options, time, NullLogger<InteractionResponder>.Instance);

        var pack = packs.Shipped.Packs.First(p => p.Questions.Count > 0).Id;
        var start = await RespondAsync(responder, Payload("1", 2, $$"""{"id":"2","name":"quiz","type":1,"options":[{"type":1,"name":"start","options":[{"type":3,"name":"pack","value":{{JsonSerializer.Serialize(pack)}}},{"type":4,"name":"questions","value":1},{"type":4,"name":"seconds","value":300},{"type":5,"name":"in_order","value":true}]}]}""", 100), cancellationToken);
        if (start != InteractionOutcome.Answered || quizzes.InChannel(Channel) is not { } quiz)
        {
            throw new InvalidOperationException("the scratch quiz did not start: " + start);
        }

        // The gateway's path: admission hands each press to the responder, a few at once.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var remaining = Presses;
        var admission = new InteractionAdmission(Presses / 2, async (interaction, receivedAt) =>
        {
            try
            {
                await RespondAsync(responder, interaction, receivedAt, cancellationToken);
            }
            finally
            {
                if (Interlocked.Decrement(ref remaining) == 0)
                {
                    done.TrySetResult();
                }
            }
        }, responder.Dropped, time, NullLogger.Instance);
        // A question with choices is answered by its buttons, one without by the typed-answer form.
        var choices = QuestionCard.Options(quiz.Current.Question).Count;
        for (var i = 0; i < Presses; i++)
        {
            var id = (10 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var press = JsonDocument.Parse(choices > 0
                ? Payload(id, 3, $$"""{"custom_id":"quiz:c:{{quiz.Id}}:0:{{i % choices}}","component_type":2}""", 200 + (ulong)i)
                : Payload(id, 5, $$"""{"custom_id":"quiz:m:{{quiz.Id}}:0","components":[{"type":1,"components":[{"type":4,"custom_id":"answer","value":"warm-up"}]}]}""", 200 + (ulong)i));
            admission.Admit(press.RootElement.Clone(), time.GetUtcNow());
        }

        await done.Task.WaitAsync(cancellationToken);
        await quizzes.StopAsync(cancellationToken);
        using var connection = database.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM answers";
        return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<InteractionOutcome> RespondAsync(InteractionResponder responder, string payload, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(payload);
        return await RespondAsync(responder, document.RootElement, time.GetUtcNow(), cancellationToken);
    }

    // The initial response goes nowhere, but completes later as Discord's answer would, so every
    // await on the way suspends and resumes as it does for a real press.
    private static Task<InteractionOutcome> RespondAsync(InteractionResponder responder, JsonElement interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        responder.HandleAsync(interaction, receivedAt, async (_, _, _) => await Task.Yield(), cancellationToken);

    // An interaction as Discord sends it: from a member of a server, in one channel of it.
    private static string Payload(string id, int type, string data, ulong user) => $$"""
        {"id":"{{id}}","application_id":"1","type":{{type}},"token":"warm-up-{{id}}","version":1,
         "guild_id":"1","channel_id":"{{Channel}}","channel":{"id":"{{Channel}}","type":0,"guild_id":"1"},
         "member":{"user":{"id":"{{user}}","username":"warm-up","discriminator":"0","global_name":null,"avatar":null},"roles":[],"permissions":"0","joined_at":"2026-01-01T00:00:00.000000+00:00"},
         "locale":"en-GB","guild_locale":"en-GB","app_permissions":"0","entitlements":[],"authorizing_integration_owners":{"0":"1"},"context":0,
         "data":{{data}}}
        """;

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left in the temporary folder; it holds nothing of anyone's.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Every request is refused here, before any socket is opened.
    private sealed class Nowhere : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Refuse());

        private sealed class Refuse : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NotFound) { RequestMessage = request });
        }
    }

    private sealed class SilentMessenger : IChannelMessenger
    {
        private int next;

        public async Task<string> PostAsync(ulong channelId, Reply message, CancellationToken cancellationToken)
        {
            await Task.Yield();
            return Interlocked.Increment(ref next).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public async Task EditAsync(ulong channelId, string messageId, Reply message, CancellationToken cancellationToken) => await Task.Yield();
    }
}
