using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using StudyBot.Commands;
using StudyBot.Console;
using StudyBot.Discord;
using StudyBot.Essays.Feedback;
using StudyBot.Help;
using StudyBot.Instances;
using StudyBot.Packs;
using StudyBot.Packs.Uploads;
using StudyBot.Quiz;
using StudyBot.Review;
using StudyBot.Scores;
using StudyBot.Sessions;
using StudyBot.Sources;
using StudyBot.Storage;

namespace StudyBot;

// The table of contents: every feature adds itself here, in the order it must start.
internal static class StudyBotHost
{
    public static HostApplicationBuilder Create(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });

        // Standard output belongs to the console transport; every log line goes to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddPacks(builder.Configuration);
        builder.Services.AddCommandLayer();
        builder.Services.AddSources();
        builder.Services.AddPackUploads();
        builder.Services.AddScores();
        builder.Services.AddQuiz();
        builder.Services.AddReview();
        builder.Services.AddSessions(builder.Configuration);
        builder.Services.AddInstances(builder.Configuration);
        builder.Services.AddEssays(builder.Configuration);
        builder.Services.AddHelp();

        // With a bot token the bot lives on Discord; without one it opens the console.
        if (DiscordServiceCollectionExtensions.HasToken(builder.Configuration))
        {
            builder.Services.AddDiscordTransport(builder.Configuration);
        }
        else
        {
            builder.Services.AddConsoleTransport();
        }

        return builder;
    }
}
