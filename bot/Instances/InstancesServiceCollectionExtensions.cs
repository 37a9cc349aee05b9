using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Instances;

internal static class InstancesServiceCollectionExtensions
{
    // After the features that add sweeps: the sweeper starts once they have.
    public static IServiceCollection AddInstances(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InstancesOptions>()
            .Bind(configuration.GetSection(InstancesOptions.Section))
            .PostConfigure(o => o.Shared = string.Equals(configuration["Discord:Mode"], Discord.DiscordOptions.HttpModeName, StringComparison.OrdinalIgnoreCase))
            .Validate(o => o.SweepMs is >= 50 and <= 60_000, "Instances:SweepMs must be between 50 and 60000.")
            .Validate(o => o.StaleMinutes is >= 1 and <= 24 * 60, "Instances:StaleMinutes must be between 1 and 1440.")
            .ValidateOnStart();
        services.AddSingleton<Sweeper>();
        return services.AddHostedService(provider => provider.GetRequiredService<Sweeper>());
    }
}
