using System.Data.Common;
using StudyBot.Storage;

namespace StudyBot.Scores;

// Writes answers and games. Everything runs synchronously on purpose: writes are short, and a
// returned true means the row is committed. Exactly-once rests on the unique key and ON CONFLICT,
// not on locks, so it holds across processes on one PostgreSQL database too.
internal sealed class ScoreStore(Database database) : IDisposable
{
    // SQLite has one writer at a time anyway: answer batches go through one connection kept open
    // with its statements prepared, instead of opening a connection and compiling the insert (and
    // every score trigger with it) for each batch, which was most of the cost of a small batch.
    private readonly Lock writerGate = new();
    private SqliteWriter? writer;

    // False when the student had already answered this question in this quiz: the first answer stands.
    public bool TryRecord(AnswerRecord answer) => TryRecordAll([answer])[0];

    // Several answers in one transaction (a group commit: one commit for a burst of presses). Each
    // result says whether that answer was stored; all are committed when this returns.
    public bool[] TryRecordAll(IReadOnlyList<AnswerRecord> answers)
    {
        // PostgreSQL may end this transaction as a deadlock victim when another process writes an
        // overlapping burst in another order. Every insert is idempotent, so the burst is written again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Write(answers);
            }
            catch (DbException exception) when (attempt < 5 && Sql.IsRetryable(exception))
            {
            }
        }
    }

    private bool[] Write(IReadOnlyList<AnswerRecord> answers)
    {
        if (database.Provider == StorageProvider.Sqlite)
        {
            lock (writerGate)
            {
                writer ??= new SqliteWriter(database.Open());
                try
                {
                    return writer.Write(answers);
                }
                catch
                {
                    // Whatever went wrong, the next batch starts on a fresh connection.
                    writer.Dispose();
                    writer = null;
                    throw;
                }
            }
        }

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var stored = AnswerRows.InsertAll(connection, transaction, answers);
        transaction.Commit();
        return stored;
    }

    public void StartGame(string quizId, ulong guildId, ulong channelId, string packId, ulong startedBy, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, """
            INSERT INTO games (quiz_id, guild_id, channel_id, pack_id, started_by, started_at, status)
            VALUES (@quiz, @guild, @channel, @pack, @by, @at, 'running');
            """);
        command.Bind("@quiz", quizId);
        command.Bind("@guild", Id(guildId));
        command.Bind("@channel", Id(channelId));
        command.Bind("@pack", packId);
        command.Bind("@by", Id(startedBy));
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    public void EndGame(string quizId, string status, DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "UPDATE games SET status = @status, ended_at = @at WHERE quiz_id = @quiz AND status = 'running';");
        command.Bind("@quiz", quizId);
        command.Bind("@status", status);
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        command.ExecuteNonQuery();
    }

    // At start-up nothing can still be running: a quiz left 'running' was cut off by a restart.
    public int InterruptRunningGames(DateTimeOffset at)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, "UPDATE games SET status = 'interrupted', ended_at = @at WHERE status = 'running';");
        command.Bind("@at", at.ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }

    public static long Id(ulong id) => unchecked((long)id);

    public void Dispose()
    {
        lock (writerGate)
        {
            writer?.Dispose();
            writer = null;
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private sealed class SqliteWriter(DbConnection connection) : IDisposable
    {
        private readonly AnswerRows.SqliteInserts inserts = new(connection);

        public bool[] Write(IReadOnlyList<AnswerRecord> answers)
        {
            using var transaction = connection.BeginTransaction();
            var stored = inserts.Insert(transaction, answers);
            transaction.Commit();
            return stored;
        }

        public void Dispose()
        {
            inserts.Dispose();
            connection.Dispose();
        }
    }
}
