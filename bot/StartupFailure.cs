using Microsoft.Extensions.Options;
using StudyBot.Storage;

namespace StudyBot;

// Turns the failures an admin can fix (a bad setting, a database from a newer version, a bad
// command definition) into one plain sentence instead of a stack trace.
internal static class StartupFailure
{
    public static string? Explain(Exception exception) => exception switch
    {
        OptionsValidationException options => string.Join(" ", options.Failures),
        DatabaseTooNewException tooNew => tooNew.Message,
        InvalidOperationException { Message: var message } when message.StartsWith("Invalid command definitions", StringComparison.Ordinal) => message,
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => Explain(aggregate.InnerExceptions[0]),
        IOException { Message: var bind } when bind.StartsWith("Failed to bind", StringComparison.Ordinal) => bind + " Check Discord:HttpListen.",
        Microsoft.Data.Sqlite.SqliteException sqlite => $"the database could not be opened ({sqlite.Message}). Check Storage:DatabasePath.",
        Npgsql.NpgsqlException postgres => $"the PostgreSQL database could not be opened or prepared ({postgres.Message}). Check Storage:ConnectionString.",
        _ => null,
    };
}
