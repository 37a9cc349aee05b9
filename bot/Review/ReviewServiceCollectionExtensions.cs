using Microsoft.Extensions.DependencyInjection;
using StudyBot.Commands;
using StudyBot.Quiz;

namespace StudyBot.Review;

internal static class ReviewServiceCollectionExtensions
{
    public static IServiceCollection AddReview(this IServiceCollection services)
    {
        services.AddSingleton<ReviewCards>();
        services.AddSingleton<IAnswerFollowUp, ReviewFollowUp>();
        services.AddSingleton<IReviewSchedule, ReviewSchedule>();
        services.AddCommand<ReviewHandler>();
        return services;
    }
}
