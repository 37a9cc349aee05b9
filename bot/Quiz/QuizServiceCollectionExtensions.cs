using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Quiz.Practice;

namespace StudyBot.Quiz;

internal static class QuizServiceCollectionExtensions
{
    public static IServiceCollection AddQuiz(this IServiceCollection services)
    {
        services.AddSingleton<AnswerRecorder>();
        services.AddSingleton<PracticeRuns>();
        services.AddCommand<PracticeHandler>();
        return services;
    }
}
