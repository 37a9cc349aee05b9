namespace StudyBot.Instances;

// A feature with deadlines kept in the database: the sweeper asks it, on every instance, to act on
// those that have passed. Acting must be a conditional update, so exactly one instance wins.
internal interface ISweep
{
    Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
