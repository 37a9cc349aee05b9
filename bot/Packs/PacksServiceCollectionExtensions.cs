using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StudyBot.Packs;

internal static class PacksServiceCollectionExtensions
{
    public static IServiceCollection AddPacks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PacksOptions>()
            .Bind(configuration.GetSection(PacksOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Packs:Path must name a pack file or a folder of packs, for example seeds.")
            .ValidateOnStart();
        services.AddSingleton(provider => LoadCatalog(
            provider.GetRequiredService<IOptions<PacksOptions>>().Value,
            provider.GetRequiredService<ILogger<PackCatalog>>()));
        return services;
    }

    // A broken pack is reported and skipped; the bot starts with the others.
    private static PackCatalog LoadCatalog(PacksOptions options, ILogger logger)
    {
        var path = options.Resolve();
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Log.PackFolderMissing(logger, path);
            return new PackCatalog([]);
        }

        var result = PackDirectory.LoadAll(path);
        foreach (var error in result.Errors)
        {
            Log.PackError(logger, error.ToString());
        }

        foreach (var pack in result.Packs)
        {
            Log.PackLoaded(logger, pack.Id, pack.Sources.Count, pack.Questions.Count, pack.EssayQuestions.Count);
        }

        return new PackCatalog(result.Packs);
    }
}
