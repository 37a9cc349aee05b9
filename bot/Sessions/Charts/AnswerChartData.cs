namespace StudyBot.Sessions.Charts;

// Key is "A".."E", "True"/"False" or "1".."6"; Text is the option's own words, any length or script.
internal sealed record AnswerBar(string Key, string Text, int Count, bool IsCorrect);

internal sealed record AnswerChartData(string Title, IReadOnlyList<AnswerBar> Bars, int Answered, int Players);
