using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Instances;

namespace StudyBot.Sessions;

internal static class SessionsServiceCollectionExtensions
{
    public static IServiceCollection AddSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionsOptions>()
            .Bind(configuration.GetSection(SessionsOptions.Section))
            .Validate(o => o.IdleMinutes is >= 1 and <= 24 * 60, "Sessions:IdleMinutes must be between 1 and 1440.")
            .Validate(o => o.LiveCountEditSeconds is >= 1 and <= 60, "Sessions:LiveCountEditSeconds must be between 1 and 60.")
            .ValidateOnStart();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<SessionTeachers>();
        services.AddSingleton<IServerTeacherRoles>(provider => provider.GetRequiredService<SessionTeachers>());
        services.AddSingleton<SessionSync>();
        services.AddSingleton<LiveSessions>();
        services.AddSingleton<ISweep>(provider => provider.GetRequiredService<LiveSessions>());
        services.AddHostedService(provider => provider.GetRequiredService<LiveSessions>());
        return services.AddCommand<SessionHandler>();
    }
}
