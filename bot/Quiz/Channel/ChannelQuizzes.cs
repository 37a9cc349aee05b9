using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Instances;
using StudyBot.Scores;

namespace StudyBot.Quiz.Channel;

// The running quizzes, one per channel. At start-up any quiz the database still thinks is running
// was cut off by a restart; at shutdown running quizzes end with their standings so far.
// In http mode (SharedQuizzes) this holds nothing: quizzes belong to every instance on the database,
// so start-up interrupts only games no live row backs, and shutdown leaves the rest to the others.
internal sealed class ChannelQuizzes(
    IChannelMessenger messenger, AnswerRecorder recorder, ScoreStore store, TimeProvider time, ILogger<ChannelQuizzes> logger,
    LiveQuizStore? live = null, IOptions<InstancesOptions>? instances = null)
    : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<ulong, ChannelQuiz> byChannel = new();
    private readonly ConcurrentDictionary<string, ChannelQuiz> byId = new(StringComparer.Ordinal);

    public ChannelQuiz? InChannel(ulong channelId) => byChannel.GetValueOrDefault(channelId);

    public ChannelQuiz? ById(string id) => byId.GetValueOrDefault(id);

    // Null when a quiz is already running in the channel.
    public async Task<ChannelQuiz?> StartAsync(Origin origin, QuizSettings settings, IReadOnlyList<PoolQuestion> questions, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexString(Guid.NewGuid().ToByteArray(), 0, 4).ToLowerInvariant();
        var quiz = new ChannelQuiz(id, origin, settings, questions, new QuizServices(messenger, recorder, store, time, logger), Forget);
        if (!byChannel.TryAdd(origin.ChannelId, quiz))
        {
            return null;
        }

        byId[id] = quiz;
        try
        {
            await quiz.StartAsync(cancellationToken);
        }
        catch
        {
            Forget(quiz);
            throw;
        }

        return quiz;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var shared = instances?.Value.Shared == true;
        if (live is not null && !shared)
        {
            live.EndAll(time.GetUtcNow());
        }

        var interrupted = shared ? live!.InterruptOrphanGames(time.GetUtcNow()) : store.InterruptRunningGames(time.GetUtcNow());
        if (interrupted > 0)
        {
            Log.QuizzesInterrupted(logger, interrupted);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var quiz in byChannel.Values.ToList())
        {
            try
            {
                await quiz.StopAsync("interrupted", "Quiz stopped: the bot is restarting. Answers already given are saved.", cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.QuizFailed(logger, exception, quiz.Id, "stopping for shutdown");
            }
        }
    }

    // An ended quiz has already disposed its timer, and its gate never allocated a wait handle.
    public void Dispose()
    {
        foreach (var quiz in byChannel.Values)
        {
            quiz.Dispose();
        }
    }

    private void Forget(ChannelQuiz quiz)
    {
        byChannel.TryRemove(new KeyValuePair<ulong, ChannelQuiz>(quiz.ChannelId, quiz));
        byId.TryRemove(quiz.Id, out _);
    }
}
