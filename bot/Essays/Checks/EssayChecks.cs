namespace StudyBot.Essays.Checks;

// The checks run in the order a teacher reads an essay; each adds its result and any next step.
internal static class EssayChecks
{
    public static void Run(EssayContext essay, CheckResults results)
    {
        LanguageChecks.Run(essay, results);
        QuestionChecks.Run(essay, results);
        PositionCheck.Run(essay, results);
        PeelCheck.Run(essay, results);
        EvidenceCheck.Run(essay, results);
        SourceEvaluationCheck.Run(essay, results);
        BalanceCheck.Run(essay, results);
        EndingChecks.Run(essay, results);
        LayoutChecks.Run(essay, results);
        SpellingCheck.Run(essay, results);
    }
}
