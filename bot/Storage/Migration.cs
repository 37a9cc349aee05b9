using System.Reflection;
using System.Text.RegularExpressions;

namespace StudyBot.Storage;

internal sealed record Migration(int Version, string Name, string Sql);

// Migrations are the embedded files Storage/Migrations/NNNN_name.sql (SQLite) and
// Storage/Migrations/Postgres/NNNN_name.sql (the same numbers and names in PostgreSQL's dialect),
// applied in order of NNNN.
internal static partial class MigrationSource
{
    [GeneratedRegex(@"^migrations/(sqlite|postgres)/(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    public static IReadOnlyList<Migration> Embedded() => Embedded(StorageProvider.Sqlite);

    public static IReadOnlyList<Migration> Embedded(StorageProvider provider)
    {
        var dialect = provider == StorageProvider.Postgres ? "postgres" : "sqlite";
        var assembly = typeof(MigrationSource).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success || match.Groups[1].Value != dialect)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[3].Value, reader.ReadToEnd()));
        }

        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3… without gaps; found {ordered[i].Version} at position {i + 1}.");
            }
        }

        return ordered;
    }
}
