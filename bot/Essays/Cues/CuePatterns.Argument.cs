using System.Text.RegularExpressions;

namespace StudyBot.Essays.Cues;

internal static partial class CuePatterns
{
    [GeneratedRegex(@"\b(?:this|which|these) (?:shows?|showed|meant|means|suggests?|suggested|proves?|proved|demonstrates?|explains?|would have|made|makes)\b|\b(?:it|that|they) (?:meant|means|suggests?|suggested|proves?|proved|explains?)\b|\bas a result\b|\bbecause\b|\btherefore\b|\bconsequently\b|\bso that\b|\bin order to\b|\bdue to\b|\bthus\b|\bhence\b|\bthe reason (?:for|why)\b|\bthis is why\b|\bwhich is why\b|\bsince (?:this|they|it|the)\b|\bso (?:they|the|workers|people|he|it)\b", Options)]
    public static partial Regex Explanation();

    [GeneratedRegex(@"\b(?:led to|leads to|lead to|leading to|resulted in|results in|meant that|caused|causes|contributed to|made (?:workers|people|them|many|it|the)|created|encouraged|forced|angered|frightened)\b", Options)]
    public static partial Regex Consequence();

    [GeneratedRegex(@"^[\W\d]*(?:firstly|secondly|thirdly|fourthly|first of all|to begin with|to start with|another|one|also|finally|lastly|in addition|additionally|furthermore|moreover|a further|a second|a third|a final|the first|the second|the third|the final|the last|the other)\b", Options)]
    public static partial Regex Signpost();

    [GeneratedRegex(@"\b(?:another|one|a further|a second|a third|a final|an additional|the first|the second|the third|the final|the other|a major|a key|an important|a big|a significant) (?:\w+ )?(?:reason|factor|cause|consequence|problem|way|argument|point|benefit|issue|effect)s?\b", Options)]
    public static partial Regex Factor();

    [GeneratedRegex(@"\bi (?:strongly |would |do not |don't |don’t )?(?:think|believe|argue|feel|agree|disagree|conclude|would say)\b|\bin my (?:opinion|view)\b|\bthis essay (?:will )?(?:argues?|shows?|explains?)\b|\bi will (?:argue|show|explain)\b|\bshould(?: not|n't|n’t)? be\b|\bto a (?:large|great|limited|small|certain|some) extent\b|\bit is clear that\b|\bclearly\b|\b(?:mostly|largely|mainly|partly|generally|overwhelmingly) (?:poor|good|bad|successful|unsuccessful|positive|negative|harmful|helpful|fair|unfair|true|false|right|wrong)\b", Options)]
    public static partial Regex Stance();

    [GeneratedRegex(@"\b(?:the )?(?:main|most important|most significant|key|biggest|chief|primary|greatest|single most important|most serious|strongest|most convincing) (?:reason|factor|cause|consequence|problem|argument|source of conflict|cause of conflict)\b|\b(?:mainly|mostly|largely|primarily|chiefly|partly|mostly) (?:because|due to|caused by|the result of)\b|\bwas (?:the )?(?:most|more|less) (?:important|significant)\b", Options)]
    public static partial Regex Importance();

    [GeneratedRegex(@"\b(?:in conclusion|to conclude|to sum up|in summary|overall|on balance|all in all|ultimately|taking everything into account|all things considered|weighing (?:everything|these|it) up)\b", Options)]
    public static partial Regex ConclusionMarker();

    [GeneratedRegex(@"\b(?:more|less|far more|much more|far less|much less|just as|not as) (?:important|significant|serious|influential|damaging|convincing|useful|powerful)\b|\boutweigh(?:s|ed)?\b|\b(?:mattered|matters|matter) (?:more|less)\b|\bdid (?:more|less) to\b|\b(?:stronger|weaker) than\b|\bnevertheless\b|\bnonetheless\b|\beven so\b|\bon balance\b|\bdespite this\b|\bonly partly\b|\bthis (?:view|argument|interpretation|point) (?:is|was) (?:weak|limited|flawed|less convincing|not convincing|unconvincing)\b|\bbut this (?:was|is|does|did) (?:not|less|only)\b|\bhowever,? this (?:was|is|does|did) (?:not|less|only)\b|\b(?:however|but),? (?:this|that|these) (?:argument|view|claim|point|criticism|interpretation)s?\b|\bin comparison\b|\bcompared (?:to|with)\b|\bstill more\b", Options)]
    public static partial Regex Weighing();

    [GeneratedRegex(@"\bhowever\b|\bon the other hand\b|\balthough\b|\bthough\b|\bwhereas\b|\bin contrast\b|\balternatively\b|\bon the contrary\b|\bit (?:could|can|might|may) (?:also )?be argued\b|\b(?:some|other|many) (?:historians|people|students|critics|parents|teachers|experts) (?:would |might |may |could )?(?:argue|say|claim|believe|suggest|think)\b|\bothers (?:would |might )?(?:argue|say|claim|believe|think)\b|\bsome (?:argue|say|claim|believe|think)\b|\bnot all\b|\bcritics\b|\bopponents\b|\bthe other side\b", Options)]
    public static partial Regex Counter();

    [GeneratedRegex(@"\b(?:this|that|which|these) (?:is|was|explains|shows|helps to explain|helps explain) (?:why|how)\b|\b(?:this|that|which|these|it) (?:led|contributed|added) to\b|\bexplains? why\b|\b(?:a|the|one|another) (?:reason|cause) (?:why|for|of)\b|\blinks? (?:back )?to\b|\bwhich is why\b", Options)]
    public static partial Regex LinkPhrase();

    [GeneratedRegex(@"^[\W\d]*(?:firstly|first of all|one reason|the first reason|the first factor|one factor|one cause|the first cause)\b", Options)]
    public static partial Regex OpensFirstPoint();

    [GeneratedRegex(@"^\W*(?:therefore|thus|so|to answer the question|i (?:think|believe|would argue))\b", Options)]
    public static partial Regex OpensConclusion();
}
