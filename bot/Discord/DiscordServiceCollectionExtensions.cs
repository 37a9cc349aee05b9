using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StudyBot.Commands;
using StudyBot.Discord.Gateway;
using StudyBot.Discord.Http;
using StudyBot.Discord.Interactions;
using StudyBot.Discord.Messaging;
using StudyBot.Discord.Registration;
using StudyBot.Discord.Rest;

namespace StudyBot.Discord;

internal static class DiscordServiceCollectionExtensions
{
    public static bool HasToken(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[DiscordOptions.Section + ":" + nameof(DiscordOptions.Token)]);

    // Interactions arrive either over the gateway or at the HTTP endpoint, never both (Discord sends them one way).
    private static bool HttpMode(IConfiguration configuration) =>
        string.Equals(configuration[DiscordOptions.Section + ":" + nameof(DiscordOptions.Mode)], DiscordOptions.HttpModeName, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddDiscordTransport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>().Bind(section).PostConfigure(options =>
        {
            // ShardIds may also be a JSON list ([0, 2, 5]), which binds as children rather than one value.
            var listed = section.GetSection(nameof(DiscordOptions.ShardIds)).GetChildren().Select(c => c.Value).ToList();
            if (listed.Count > 0)
            {
                options.ShardIds = string.Join(',', listed);
            }
        }).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidation>();
        services.AddHttpClient(DiscordRestClient.HttpClientName, client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://github.com/studybot/studybot, 1.0)");
            client.Timeout = TimeSpan.FromSeconds(30);
        })
        // Without a cap a burst of presses opens a socket per callback in flight; past a few thousand
        // the process runs out of file descriptors and every acknowledgement fails. Requests beyond the
        // cap queue for a pooled connection instead (HTTP/2 multiplexes them where the server offers it).
        // Discord neither redirects nor sets cookies; without those stages (and without trace headers,
        // off in bot.csproj) each of a burst's callbacks goes through fewer handlers.
        .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            MaxConnectionsPerServer = DiscordRestClient.MaxConnections,
            EnableMultipleHttp2Connections = true,
            AllowAutoRedirect = false,
            UseCookies = false,
        })
        .RemoveAllLoggers(); // The default request log prints URLs, and interaction URLs carry tokens.
        services.AddSingleton<RestRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<IChannelMessenger, DiscordChannelMessenger>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<RegistrationStore>();
        services.AddSingleton<CommandRegistrar>();
        services.AddHostedService<AnswerPathWarmUp>();
        if (HttpMode(configuration))
        {
            services.AddSingleton<SignatureVerifier>();
            services.AddSingleton<HttpInteractionEndpoint>();
            services.AddSingleton<HttpInteractionsService>();
            services.AddHostedService(provider => provider.GetRequiredService<HttpInteractionsService>());
        }
        else
        {
            services.AddSingleton(GatewayJitter.Random);
            services.AddHostedService<GatewayService>();
        }

        return services;
    }
}
