using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace StudyBot.Console;

internal static class ConsoleServiceCollectionExtensions
{
    public static IServiceCollection AddConsoleTransport(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => ConsoleIO.System());
        services.AddHostedService<ConsoleTransport>();
        return services;
    }
}
