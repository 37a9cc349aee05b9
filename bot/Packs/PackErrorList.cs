using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// Collects positioned errors for one file and hands them back in file order.
internal sealed class PackErrorList(string file)
{
    // Enough to fix a file in one sitting; a pathological file must not flood the terminal.
    private const int Limit = 100;
    private readonly List<PackError> errors = [];

    public int Count => errors.Count;

    public IReadOnlyList<PackError> ToList()
    {
        var ordered = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        if (ordered.Count <= Limit)
        {
            return ordered;
        }

        var last = ordered[Limit - 1];
        return [.. ordered.Take(Limit), last with { Message = $"too many errors ({ordered.Count}); showing the first {Limit}" }];
    }

    public void Add(YamlNode node, string message) => Add(node.Start, message);

    public void Add(Mark mark, string message) => Add((int)mark.Line, (int)mark.Column, message);

    public void Add(int line, int column, string message) =>
        errors.Add(new PackError(file, Math.Max(1, line), Math.Max(1, column), message));
}
