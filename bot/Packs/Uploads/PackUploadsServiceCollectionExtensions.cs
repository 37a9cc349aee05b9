using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;

namespace StudyBot.Packs.Uploads;

internal static class PackUploadsServiceCollectionExtensions
{
    public static IServiceCollection AddPackUploads(this IServiceCollection services)
    {
        services.AddSingleton<UploadedPackStore>();
        services.AddSingleton(provider => new GuildPacks(provider.GetRequiredService<PackCatalog>(), provider.GetRequiredService<UploadedPackStore>()));
        services.AddCommand<PackHandler>();
        return services;
    }
}
