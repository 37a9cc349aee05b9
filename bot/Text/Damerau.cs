namespace StudyBot.Text;

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring letters ("bewteen") each cost one. Gives up once the limit is passed, so long texts
// cost little. Shared by quiz answer matching and the essay spelling check.
internal static class Damerau
{
    public static int Distance(string a, string b, int limit) => Bounded(a, b, limit);

    // Distance(a, b, limit) <= limit, on spans: the essay spelling check asks it of every distinct word.
    public static bool Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit) => Bounded(a, b, limit) <= limit;

    // The distance, or limit + 1 once it is past the limit; rows live on the stack for words of
    // ordinary length, so neither caller allocates.
    private static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        const int OnStack = 64;
        var n = b.Length + 1;
        var rows = n <= OnStack ? stackalloc int[3 * OnStack] : new int[3 * n];
        var before = rows[..n];
        var previous = rows.Slice(n, n);
        var current = rows.Slice(2 * n, n);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, before[j - 2] + 1);
                }

                current[j] = d;
                rowBest = Math.Min(rowBest, d);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }

            var free = before;
            before = previous;
            previous = current;
            current = free;
        }

        return Math.Min(previous[b.Length], limit + 1);
    }

    // Typos forgiven in proportion to length: none for 3 letters or fewer, one up to 7, two from 8.
    public static int Allowance(int letters) => letters switch
    {
        <= 3 => 0,
        <= 7 => 1,
        _ => 2,
    };
}
