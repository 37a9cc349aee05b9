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
    private GroupCommit<LiveAnswerRequest, (LiveAnswerOutcome, int, int)>? answers;

    // Completes once the answer is committed (or refused). players: everyone who has answered this quiz.
    public Task<(LiveAnswerOutcome Outcome, int Answers, int Players)> TryAnswerAsync(LiveAnswerRequest request)
    {
        return LazyInitializer.EnsureInitialized(ref answers, () => new(WriteBatch)).Add(request);
    }

    private (LiveAnswerOutcome, int, int)[] WriteBatch(IReadOnlyList<LiveAnswerRequest> requests)
    {
        // One lock order for every instance's batches (PostgreSQL locks each quiz's row), keeping
        // arrival order within a quiz: the first press still answers first.
        var order = Enumerable.Range(0, requests.Count).OrderBy(i => requests[i].QuizId, StringComparer.Ordinal).ToArray();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var written = Write([.. order.Select(i => requests[i])]);
                var results = new (LiveAnswerOutcome, int, int)[requests.Count];
                for (var k = 0; k < order.Length; k++)
                {
                    results[order[k]] = written[k];
                }

                return results;
            }
            catch (DbException exception) when (Sql.IsRetryable(exception) && attempt < 3)
            {
                // A deadlock victim or a serialisation failure: the batch runs again from the start.
            }
        }
    }

    // On SQLite on the database's kept writer connection, as the gateway's answers are: no connection
    // to open per batch, and its statement journals stay in memory.
    private (LiveAnswerOutcome, int, int)[] Write(IReadOnlyList<LiveAnswerRequest> requests) => database.Write((connection, _) =>
    {
        using var transaction = connection.BeginTransaction();
        var results = database.Provider == StorageProvider.Postgres
            ? AnswerByQuiz(connection, transaction, requests)
            : requests.Select(r => Answer(connection, transaction, r)).ToArray();
        transaction.Commit();
        return results;
    });

    // PostgreSQL is a round trip away, and answer by answer cost four or five of them each while the
    // quiz's row stayed locked, so two instances took about 1,000 answers a second between them. Per
    // quiz in the batch: lock the row once, read every student's streak in one query, insert the
    // answers as arrays, move the counters once. The outcomes are those of answer by answer.
    private static (LiveAnswerOutcome, int, int)[] AnswerByQuiz(DbConnection connection, DbTransaction transaction, IReadOnlyList<LiveAnswerRequest> requests)
    {
        var results = new (LiveAnswerOutcome, int, int)[requests.Count];
        foreach (var quiz in Enumerable.Range(0, requests.Count).GroupBy(i => requests[i].QuizId, StringComparer.Ordinal))
        {
            var row = LockQuiz(connection, transaction, quiz.Key);
            var taking = new List<int>();
            foreach (var i in quiz)
            {
                if (row is { State: "asking" } open && open.Position == requests[i].Position && open.Deadline > requests[i].At.ToUnixTimeMilliseconds())
                {
                    taking.Add(i);
                }
                else
                {
                    results[i] = (LiveAnswerOutcome.Closed, 0, 0);
                }
            }

            if (taking.Count == 0)
            {
                continue;
            }

            var probe = requests[taking[0]];
            var before = Students(connection, transaction, probe, taking.Select(i => requests[i].UserId));
            var rightSoFar = taking.Any(i => requests[i].FirstCorrect)
                && Count(connection, transaction, "SELECT COUNT(*) FROM answers WHERE quiz_id = @id AND question_id = @question AND correct = 1;", probe) > 0;
            var records = new List<AnswerRecord>();
            var written = new List<int>();
            var seen = new HashSet<ulong>();
            foreach (var i in taking)
            {
                var request = requests[i];
                before.TryGetValue(request.UserId, out var known);
                if (!seen.Add(request.UserId) || known.AnsweredThis)
                {
                    results[i] = (LiveAnswerOutcome.Duplicate, 0, 0);
                }
                else if (request.FirstCorrect && rightSoFar)
                {
                    results[i] = (LiveAnswerOutcome.Closed, 0, 0);
                }
                else
                {
                    var record = request.Answer(known.Streak ?? 0);
                    rightSoFar |= request.FirstCorrect && record.Correct;
                    records.Add(record);
                    written.Add(i);
                }
            }

            var stored = AnswerRows.InsertAll(connection, transaction, records);
            var added = stored.Count(s => s);
            var players = written.Where((i, k) => stored[k] && before.GetValueOrDefault(requests[i].UserId).Streak is null).Count();
            using var counters = Command(connection, transaction, "UPDATE live_quizzes SET answers = answers + @added, players = players + @players WHERE quiz_id = @id RETURNING answers, players;");
            counters.Bind("@added", added);
            counters.Bind("@players", players);
            counters.Bind("@id", quiz.Key);
            int answersNow, playersNow;
            using (var reader = counters.ExecuteReader())
            {
                reader.Read();
                (answersNow, playersNow) = (reader.GetInt32(0), reader.GetInt32(1));
            }

            // Counted as answer by answer would have: each stored answer sees the counts as of itself.
            var (answersSoFar, playersSoFar) = (answersNow - added, playersNow - players);
            for (var k = 0; k < written.Count; k++)
            {
                if (!stored[k])
                {
                    results[written[k]] = (LiveAnswerOutcome.Duplicate, 0, 0);
                    continue;
                }

                answersSoFar++;
                playersSoFar += before.GetValueOrDefault(requests[written[k]].UserId).Streak is null ? 1 : 0;
                results[written[k]] = (LiveAnswerOutcome.Stored, answersSoFar, playersSoFar);
            }
        }

        return results;
    }

    // Locks the quiz's row for the rest of the transaction, so a close waits for these answers or
    // these answers see the close.
    private static (string State, int Position, long Deadline)? LockQuiz(DbConnection connection, DbTransaction transaction, string quizId)
    {
        using var select = Command(connection, transaction, "SELECT state, position, deadline_at FROM live_quizzes WHERE quiz_id = @id FOR UPDATE;");
        select.Bind("@id", quizId);
        using var reader = select.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2)) : null;
    }

    // Each student's last streak in this quiz (none: not a player yet) and whether they already
    // answered the open question.
    private static Dictionary<ulong, (int? Streak, bool AnsweredThis)> Students(DbConnection connection, DbTransaction transaction, LiveAnswerRequest probe, IEnumerable<ulong> users)
    {
        using var select = Command(connection, transaction, """
            SELECT user_id, (array_agg(streak ORDER BY answer_id DESC))[1], bool_or(question_id = @question)
            FROM answers WHERE guild_id = @guild AND user_id = ANY(@users) AND kind = 'quiz' AND quiz_id = @id
            GROUP BY user_id;
            """);
        select.Bind("@question", probe.QuestionId);
        select.Bind("@guild", ScoreStore.Id(probe.GuildId));
        select.Bind("@users", users.Select(ScoreStore.Id).Distinct().ToArray());
        select.Bind("@id", probe.QuizId);
        var students = new Dictionary<ulong, (int?, bool)>();
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            students[unchecked((ulong)reader.GetInt64(0))] = (reader.GetInt32(1), reader.GetBoolean(2));
        }

        return students;
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
