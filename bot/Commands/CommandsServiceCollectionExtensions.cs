using Microsoft.Extensions.DependencyInjection;

namespace StudyBot.Commands;

internal static class CommandsServiceCollectionExtensions
{
    public static IServiceCollection AddCommandLayer(this IServiceCollection services)
    {
        services.AddSingleton<CommandRegistry>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddHttpClient(AttachmentDownloader.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IAttachmentDownloader, AttachmentDownloader>();
        return services;
    }

    // Explicit registration: every command the bot offers is named in some feature's AddX.
    public static IServiceCollection AddCommand<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<ICommandHandler>(provider => provider.GetRequiredService<THandler>());
        return services;
    }
}
