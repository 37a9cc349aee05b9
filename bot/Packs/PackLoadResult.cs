namespace StudyBot.Packs;

// Pack is null whenever Errors is not empty: a half-valid pack must never reach users.
internal sealed record PackLoadResult(Pack? Pack, IReadOnlyList<PackError> Errors)
{
    // Where the pack's id was written, so a clash with another file can point at it.
    public (int Line, int Column) IdPosition { get; init; } = (1, 1);
}

internal sealed record PackFileResult(string File, Pack? Pack, IReadOnlyList<PackError> Errors);

internal sealed record PackSetLoadResult(IReadOnlyList<PackFileResult> Files)
{
    public IReadOnlyList<Pack> Packs { get; } = [.. Files.Select(f => f.Pack).OfType<Pack>()];

    public IReadOnlyList<PackError> Errors { get; } = [.. Files.SelectMany(f => f.Errors)];
}
