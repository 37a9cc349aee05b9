namespace StudyBot.Tests.Support;

// A test about SQLite itself (its pragmas, its query planner), skipped when the suite runs on PostgreSQL.
internal sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute(string why)
    {
        if (TestPostgres.Enabled)
        {
            Skip = "SQLite only: " + why;
        }
    }
}

// A test of the PostgreSQL provider itself, run when STUDYBOT_TEST_POSTGRES names a server.
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestPostgres.Enabled)
        {
            Skip = $"needs a PostgreSQL server: set {TestPostgres.Variable} to a connection string for a role that may CREATE DATABASE";
        }
    }
}

// The theory form of SqliteFact.
internal sealed class SqliteTheoryAttribute : TheoryAttribute
{
    public SqliteTheoryAttribute(string why)
    {
        if (TestPostgres.Enabled)
        {
            Skip = "SQLite only: " + why;
        }
    }
}
