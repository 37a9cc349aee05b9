using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Help;

internal static class HelpServiceCollectionExtensions
{
    public static IServiceCollection AddHelp(this IServiceCollection services) => services.AddCommand<HelpHandler>();
}
