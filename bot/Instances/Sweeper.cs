using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Instances;

// In http mode, each instance closes whatever questions are past their deadline, whoever opened
// them: an instance that dies mid-question strands nothing. Ticks that come while a sweep is still
// running are dropped rather than queued.
internal sealed class Sweeper(IEnumerable<ISweep> sweeps, TimeProvider time, IOptions<InstancesOptions> options, ILogger<Sweeper> logger)
    : IHostedService, IDisposable
{
    private readonly ISweep[] sweeps = [.. sweeps];
    private readonly CancellationTokenSource stopping = new();
    private ITimer? timer;
    private int running;
    private volatile bool stopped;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Shared && sweeps.Length > 0)
        {
            var every = TimeSpan.FromMilliseconds(options.Value.SweepMs);
            timer = time.CreateTimer(_ => _ = SweepAsync(), null, every, every);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        stopped = true;
        timer?.Dispose();
        await stopping.CancelAsync();
    }

    public void Dispose()
    {
        stopped = true;
        timer?.Dispose();
        stopping.Dispose();
    }

    // Also what tests call to sweep without waiting for the timer.
    public async Task SweepAsync()
    {
        // A tick that raced the host's shutdown finds the services it would use gone.
        if (stopped || Interlocked.Exchange(ref running, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var sweep in sweeps)
            {
                try
                {
                    await sweep.SweepAsync(time.GetUtcNow(), stopping.Token);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    Log.SweepFailed(logger, exception, sweep.GetType().Name);
                }
            }
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }
    }
}
