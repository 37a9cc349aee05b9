using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Essays.Feedback;

internal static class EssaysServiceCollectionExtensions
{
    public static IServiceCollection AddEssays(this IServiceCollection services) => services.AddCommand<EssayHandler>();
}
