using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StudyBot.Commands;

namespace StudyBot.Console;

internal static class ConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleTransport(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ConsoleIO.System());
        services.AddSingleton<ConsoleScreen>();
        services.AddSingleton<ConsoleFiles>();
        services.AddSingleton<IChannelMessenger, ConsoleChannelMessenger>();
        services.AddHostedService<ConsoleTransport>();
        return services;
    }
}
