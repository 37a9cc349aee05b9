using System.Data.Common;
using StudyBot.Storage;

namespace StudyBot.Scores;

// Writes answers and games. Everything runs synchronously on purpose: writes are short, and a
// returned true means the row is committed. Exactly-once rests on the unique key and ON CONFLICT,
// not on locks, so it holds across processes on one PostgreSQL database too.
internal sealed class ScoreStore(Database database)
{
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

    // On SQLite the batch goes through the database's kept writer connection, its insert prepared once.
    private bool[] Write(IReadOnlyList<AnswerRecord> answers) => database.Write((connection, writer) =>
    {
        using var transaction = connection.BeginTransaction();
        var stored = writer is null
            ? AnswerRows.InsertAll(connection, transaction, answers)
            : writer.Kept(c => new AnswerRows.SqliteInserts(c)).Insert(transaction, answers);
        transaction.Commit();
        return stored;
    });

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

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
