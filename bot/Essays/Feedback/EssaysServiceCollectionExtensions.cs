using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Essays.Feedback;

internal static class EssaysServiceCollectionExtensions
{
    public static IServiceCollection AddEssays(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EssaysOptions>()
            .Bind(configuration.GetSection(EssaysOptions.Section))
            .Validate(o => o.MaxAttachmentBytes is >= 1024 and <= 25 * 1024 * 1024, "Essays:MaxAttachmentBytes must be between 1024 and 26214400 (25 MiB).")
            .ValidateOnStart();
        services.AddSingleton<EssaySummaryStore>();
        return services.AddCommand<EssayHandler>();
    }
}
