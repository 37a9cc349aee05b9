using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Scores;

internal static class ScoresServiceCollectionExtensions
{
    public static IServiceCollection AddScores(this IServiceCollection services)
    {
        services.AddSingleton<ScoreStore>();
        services.AddSingleton<Leaderboards>();
        services.AddSingleton<StudentStats>();
        services.AddCommand<LeaderboardHandler>();
        services.AddCommand<StatsHandler>();
        services.AddSingleton<ServerScoring>();
        services.AddCommand<SettingsHandler>();
        return services;
    }
}
