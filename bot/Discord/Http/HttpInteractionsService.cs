using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StudyBot.Discord.Registration;

namespace StudyBot.Discord.Http;

// Discord:Mode=http: a small Kestrel server for the interactions endpoint instead of a gateway
// connection. Commands are still registered over REST, with the configured application id.
internal sealed class HttpInteractionsService(
    HttpInteractionEndpoint endpoint,
    CommandRegistrar registrar,
    IOptions<DiscordOptions> options,
    ILoggerFactory loggers,
    ILogger<HttpInteractionsService> logger) : IHostedService, IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;

    // The bound addresses, with the real port when HttpListen asked for port 0.
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.UseUrls(options.Value.HttpListen);
        builder.Services.AddSingleton(loggers);

        // The bot's own host owns Ctrl+C and SIGTERM and stops this server through StopAsync.
        builder.Services.AddSingleton<IHostLifetime, OwnedLifetime>();
        app = builder.Build();
        app.Run(context => endpoint.HandleAsync(context, stopping.Token));
        await app.StartAsync(cancellationToken);

        Addresses = [.. app.Urls.Select(url => new Uri(url))];
        Log.HttpListening(logger, string.Join(", ", app.Urls), options.Value.HttpPath);
        var applicationId = options.Value.ApplicationId!;
        _ = Task.Run(() => registrar.RegisterAsync(applicationId, stopping.Token), stopping.Token);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        stopping.Dispose();
    }

    private sealed class OwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
