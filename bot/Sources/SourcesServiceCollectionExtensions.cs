using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Sources;

internal static class SourcesServiceCollectionExtensions
{
    public static IServiceCollection AddSources(this IServiceCollection services)
    {
        services.AddSingleton<SourceIndex>();
        services.AddSingleton<SourceLookup>();
        services.AddHostedService<SourcesStartup>();
        services.AddCommand<SourceHandler>();
        return services;
    }
}
