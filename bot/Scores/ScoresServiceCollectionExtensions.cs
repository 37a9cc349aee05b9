using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Scores;

internal static class ScoresServiceCollectionExtensions
{
    public static IServiceCollection AddScores(this IServiceCollection services)
    {
        services.AddSingleton<ScoreStore>();
        services.AddSingleton<Leaderboards>();
        services.AddSingleton<StudentStats>();
        return services;
    }
}
