namespace StudyBot.Packs;

internal static class PackDirectory
{
    // A file or a folder searched recursively; files load in ordinal path order so that
    // which of two clashing packs wins never depends on the file system.
    public static PackSetLoadResult LoadAll(string path)
    {
        if (FindFiles(path) is not { } files)
        {
            return new([new PackFileResult(path, null, [new PackError(path, 1, 1, "no such file or folder, or it cannot be read")])]);
        }

        var firstFileById = new Dictionary<string, string>(StringComparer.Ordinal);
        var results = new List<PackFileResult>(files.Count);
        foreach (var file in files)
        {
            var loaded = PackLoader.LoadFile(file);
            if (loaded.Pack is { } pack && !firstFileById.TryAdd(pack.Id, file))
            {
                var (line, column) = loaded.IdPosition;
                var clash = new PackError(file, line, column, $"pack id '{pack.Id}' is already used by {firstFileById[pack.Id]}; this file is skipped");
                results.Add(new PackFileResult(file, null, [clash]));
            }
            else
            {
                results.Add(new PackFileResult(file, loaded.Pack, loaded.Errors));
            }
        }

        return new PackSetLoadResult(results);
    }

    private static List<string>? FindFiles(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        try
        {
            return Directory.Exists(path)
                ? [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(IsPackFile).Order(StringComparer.Ordinal)]
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsPackFile(string file) =>
        Path.GetExtension(file) is var ext
        && (ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".yml", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".csv", StringComparison.OrdinalIgnoreCase));
}
