using System.Data.Common;
using System.Globalization;
using StudyBot.Scores;
using StudyBot.Storage;

namespace StudyBot.Quiz.Channel;

// An answer to a channel quiz in http mode. Answer builds the row from the student's streak so far.
internal sealed record LiveAnswerRequest(
    string QuizId, ulong GuildId, int Position, string QuestionId, bool FirstCorrect, DateTimeOffset At, ulong UserId, Func<int, AnswerRecord> Answer);

// Answers are written as the gateway's are: those that arrive while a batch is being written go in
// the next one, one transaction (one commit) per batch, rather than each press taking the database's
// write lock on its own and polling for it under a class-sized burst.
internal sealed partial class LiveQuizStore
{
    private readonly Lock queueGate = new();
    private List<(LiveAnswerRequest Request, TaskCompletionSource<(LiveAnswerOutcome, int, int)> Done)> queue = [];
    private bool writing;

    // Completes once the answer is committed (or refused). players: everyone who has answered this quiz.
    public Task<(LiveAnswerOutcome Outcome, int Answers, int Players)> TryAnswerAsync(LiveAnswerRequest request)
    {
        var done = new TaskCompletionSource<(LiveAnswerOutcome, int, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (queueGate)
        {
            queue.Add((request, done));
            lead = !writing;
            writing = true;
        }

        if (lead)
        {
            _ = Task.Run(WriteQueued);
        }

        return done.Task;
    }

    private void WriteQueued()
    {
        while (true)
        {
            List<(LiveAnswerRequest Request, TaskCompletionSource<(LiveAnswerOutcome, int, int)> Done)> batch;
            lock (queueGate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    return;
                }

                (batch, queue) = (queue, []);
            }

            // One lock order for every instance's batches (PostgreSQL locks each quiz's row), keeping
            // arrival order within a quiz: the first press still answers first.
            batch = [.. batch.OrderBy(b => b.Request.QuizId, StringComparer.Ordinal)];
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var results = Write([.. batch.Select(b => b.Request)]);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Done.TrySetResult(results[i]);
                    }

                    break;
                }
                catch (DbException exception) when (Sql.IsRetryable(exception) && attempt < 3)
                {
                    // A deadlock victim or a serialisation failure: the batch runs again from the start.
                }
                catch (Exception exception)
                {
                    batch.ForEach(b => b.Done.TrySetException(exception));
                    break;
                }
            }
        }
    }

    private (LiveAnswerOutcome, int, int)[] Write(IReadOnlyList<LiveAnswerRequest> requests)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var results = requests.Select(r => Answer(connection, transaction, r)).ToArray();
        transaction.Commit();
        return results;
    }

    // Within the batch's transaction. The open question's count goes up only while it is open at the
    // position (in PostgreSQL that row's lock orders the answer against any close); a refused answer
    // takes its count back, so nothing of it stays.
    private static (LiveAnswerOutcome, int, int) Answer(DbConnection connection, DbTransaction transaction, LiveAnswerRequest request)
    {
        using var open = Command(connection, transaction, """
            UPDATE live_quizzes SET answers = answers + 1
            WHERE quiz_id = @id AND state = 'asking' AND position = @position AND deadline_at > @at
            RETURNING answers, players;
            """);
        open.Bind("@id", request.QuizId);
        open.Bind("@position", request.Position);
        open.Bind("@at", request.At.ToUnixTimeMilliseconds());
        int answers, players;
        using (var reader = open.ExecuteReader())
        {
            if (!reader.Read())
            {
                return (LiveAnswerOutcome.Closed, 0, 0);
            }

            (answers, players) = (reader.GetInt32(0), reader.GetInt32(1));
        }

        // First-right-answer mode: a right answer already in closes the question to every later one.
        if (request.FirstCorrect && Count(connection, transaction, "SELECT COUNT(*) FROM answers WHERE quiz_id = @id AND question_id = @question AND correct = 1;", request) > 0)
        {
            TakeBack(connection, transaction, request);
            return (LiveAnswerOutcome.Closed, 0, 0);
        }

        // The student's last answer in this quiz, through the index that starts with server and student.
        int? streak;
        using (var last = Command(connection, transaction, """
            SELECT streak FROM answers WHERE guild_id = @guild AND user_id = @user AND kind = 'quiz' AND quiz_id = @id
            ORDER BY answer_id DESC LIMIT 1;
            """))
        {
            last.Bind("@guild", ScoreStore.Id(request.GuildId));
            last.Bind("@user", ScoreStore.Id(request.UserId));
            last.Bind("@id", request.QuizId);
            streak = last.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : null;
        }

        if (!AnswerRows.Insert(connection, transaction, request.Answer(streak ?? 0)))
        {
            TakeBack(connection, transaction, request);
            return (LiveAnswerOutcome.Duplicate, 0, 0);
        }

        if (streak is null)
        {
            // The student's first answer in this quiz: one more player.
            players = Count(connection, transaction, "UPDATE live_quizzes SET players = players + 1 WHERE quiz_id = @id RETURNING players;", request);
        }

        return (LiveAnswerOutcome.Stored, answers, players);
    }

    private static void TakeBack(DbConnection connection, DbTransaction transaction, LiveAnswerRequest request) =>
        Count(connection, transaction, "UPDATE live_quizzes SET answers = answers - 1 WHERE quiz_id = @id RETURNING answers;", request);

    private static int Count(DbConnection connection, DbTransaction transaction, string sql, LiveAnswerRequest request)
    {
        using var command = Command(connection, transaction, sql);
        command.Bind("@id", request.QuizId);
        if (sql.Contains("@question", StringComparison.Ordinal))
        {
            command.Bind("@question", request.QuestionId);
        }

        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
