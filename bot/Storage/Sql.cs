using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace StudyBot.Storage;

// Small helpers so the stores speak plain ADO.NET (DbCommand, @name parameters) rather than one
// provider's API: the SQL they send is the part that differs between databases, not the plumbing.
internal static class Sql
{
    // Adds a parameter; null becomes SQL NULL.
    public static DbCommand Bind(this DbCommand command, string name, object? value)
    {
        command.Parameters.Add(command.Parameter(name, value));
        return command;
    }

    // A parameter to set again and again, for a command executed in a loop.
    public static DbParameter Parameter(this DbCommand command, string name)
    {
        var parameter = command.Parameter(name, null);
        command.Parameters.Add(parameter);
        return parameter;
    }

    // A unique key or primary key refused the row: the caller's "already there".
    public static bool IsUniqueViolation(DbException exception) => exception
        is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }
        or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    // PostgreSQL chose this transaction as a deadlock victim or could not serialise it: running it again may succeed.
    public static bool IsRetryable(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    private static DbParameter Parameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
