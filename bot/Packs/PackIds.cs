using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StudyBot.Packs;

// Ids end up in slash-command options and custom ids, hence short, lower-case and URL-safe.
internal sealed partial class PackIds
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,39}$";

    private readonly List<(string Id, YamlNode Node, bool IsSource)> claims = [];

    public IReadOnlySet<string> SourceIds => claims.Where(c => c.IsSource).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public static bool IsValid(string id) => IdRegex().IsMatch(id);

    public void Claim(string id, YamlNode? node, bool isSource = false)
    {
        if (id.Length > 0 && node is not null)
        {
            claims.Add((id, node, isSource));
        }
    }

    // Reported in file order, so the later of two clashing entries is the one flagged.
    public void ReportDuplicates(PackErrorList errors)
    {
        foreach (var group in claims.GroupBy(c => c.Id, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(c => c.Node.Start.Index).ToList();
            foreach (var later in ordered.Skip(1))
            {
                errors.Add(later.Node, $"duplicate id '{later.Id}'; already used at line {ordered[0].Node.Start.Line}");
            }
        }
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex IdRegex();
}
