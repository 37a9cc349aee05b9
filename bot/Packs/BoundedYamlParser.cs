using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StudyBot.Packs;

// YamlDotNet builds its node tree recursively, so deep nesting or a cyclic alias overflows the
// stack and kills the process. Packs need neither, so both are refused before the tree is built.
internal sealed class BoundedYamlParser(IParser inner) : IParser
{
    private const int MaxDepth = 16;
    private int depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End, "aliases (*name) are not supported in packs; repeat the value instead");
            case MappingStart or SequenceStart when ++depth > MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End, $"nesting is deeper than {MaxDepth} levels");
            case MappingEnd or SequenceEnd:
                depth--;
                break;
        }

        return true;
    }
}
