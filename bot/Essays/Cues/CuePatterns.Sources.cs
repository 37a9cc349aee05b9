using System.Text.RegularExpressions;

namespace StudyBot.Essays.Cues;

// Source evaluation in the GCSE sense: nature, origin, purpose, and what a source can or cannot show.
internal static partial class CuePatterns
{
    [GeneratedRegex(@"\b(?:source|sources|interpretation|poster|photograph|photo|cartoon|diary|speech|newspaper|article|letter|memoir|historian|author|figures|statistics|document|extract|account|textbook|painting|report)\b", Options)]
    public static partial Regex SourceNoun();

    [GeneratedRegex(@"\b(?:un)?reliab(?:le|ility)\b|\b(?:un)?trustworthy\b|\btrust(?:ed)?\b|\bbias(?:ed)?\b|\bone-sided\b|\bexaggerat\w*|\b(?:not )?(?:very )?useful(?:ness)?\b|\buseless\b|\b(?:in)?accurate\b|\bprovenance\b|\bcredib(?:le|ility)\b|\bauthentic\b|\bbelievable\b", Options)]
    public static partial Regex Reliability();

    [GeneratedRegex(@"\b(?:produced|written|made|published|created|drawn|taken|issued|released|printed|painted|said) by\b|\bfrom the (?:government|state|party|soviet|communist)\b|\b(?:government|official|state|soviet|communist|party)(?: [a-z]+)? (?:source|figures|statistics|newspaper|poster|document|photograph|report|record)s?\b|\bcame from\b|\bwho (?:wrote|made|produced)\b|\beyewitness\b|\b(?:written|made|produced|drawn|taken|published) (?:at the time|later|in \d{4})\b|\bfirst-?hand\b|\bsecond-?hand\b|\bprimary source\b|\bsecondary source\b", Options)]
    public static partial Regex Origin();

    [GeneratedRegex(@"\bpurpose\b|\bdesigned to\b|\bintended to\b|\bin order to\b|\bto (?:persuade|convince|encourage|impress|frighten|boast|celebrate|inspire|scare|glorify|show off|make (?:people|workers|stalin|the government) look)\b|\b(?:is|was|as|be|it's|it’s) (?:a piece of |just |simply |pure )?propaganda\b|\baudience\b|\bwanted (?:people|workers|readers|the public|foreigners|the world) to\b|\bwhy it was (?:made|produced|written|published)\b|\bmotive\b|\breason for (?:making|producing|writing|publishing) it\b|\bwould want\b", Options)]
    public static partial Regex Purpose();

    [GeneratedRegex(@"\bcan(?:not|'t|’t)? (?:show|tell|prove)\b|\bcan(?:not|'t|’t) see\b|\bdoes(?:n't|n’t| not) (?:show|tell|prove|mention|include|explain|cover|give)\b|\bonly (?:shows|tells|gives|covers|shows us)\b|\blimit(?:ed|ation|ations)\b|\bleaves? out\b|\bmissing\b|\bnot (?:typical|representative)\b|\brepresentative\b|\bwhat it (?:shows|leaves out|cannot show|can't show)\b|\bdoes not tell us\b|\bother sources\b|\bcross-?referenc\w*|\bbacked up by\b|\bsupported by\b|\bagrees with\b", Options)]
    public static partial Regex ContentLimit();
}
