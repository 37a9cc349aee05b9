using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Instances;
using StudyBot.Quiz.Channel;
using StudyBot.Quiz.Practice;

namespace StudyBot.Quiz;

internal static class QuizServiceCollectionExtensions
{
    public static IServiceCollection AddQuiz(this IServiceCollection services)
    {
        services.AddSingleton<AnswerRecorder>();
        services.AddSingleton<PracticeStore>();
        services.AddSingleton<PracticeRuns>();
        services.AddCommand<PracticeHandler>();
        services.AddSingleton<LiveQuizStore>();
        services.AddSingleton<SharedQuizzes>();
        services.AddSingleton<ISweep>(provider => provider.GetRequiredService<SharedQuizzes>());
        services.AddSingleton<ChannelQuizzes>();
        services.AddHostedService(provider => provider.GetRequiredService<ChannelQuizzes>());
        services.AddCommand<QuizHandler>();
        return services;
    }
}
