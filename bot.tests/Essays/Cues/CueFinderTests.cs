using StudyBot.Essays;

namespace StudyBot.Tests.Essays.Cues;

// One sentence placed in a body paragraph of a small essay, so roles read as they would in a real one.
public sealed class CueFinderTests
{
    private const string Question = "Why was there conflict between the workers and Stalin?";

    private static SentenceReport BodySentence(string sentence)
    {
        var text = $"I think the targets were the main cause of conflict.\n\nThe targets were high. {sentence}\n\nOverall the targets mattered most because they hurt everyone.";
        var report = EssayAnalyzer.Analyze(text, EssayPrompt.Of(Question));
        return report.Paragraphs[1].Sentences[1];
    }

    [Theory]
    [InlineData("In 1932 coal output was 64 million tons.", "evidence", "64")]
    [InlineData("Output rose by 35.4% in four years.", "evidence", "35.4%")]
    [InlineData("Source 2 shows the figures for steel.", "evidence", "Source 2")]
    [InlineData("Stalin said \"we must make good this distance in ten years\" to the managers.", "evidence", "\"we must make good this distance in ten years\"")]
    [InlineData("Workers in Magnitogorsk lived in tents.", "evidence", "Magnitogorsk")]
    [InlineData("This meant that managers pushed workers harder.", "explanation", "This meant")]
    [InlineData("As a result absence became a crime.", "explanation", "As a result")]
    [InlineData("This is why the workers turned against Stalin.", "link", "This is why")]
    [InlineData("This led to conflict with the managers.", "link", "conflict")]
    [InlineData("However, some workers were rewarded with flats.", "counter_argument", "However")]
    [InlineData("Some historians argue that workers were loyal.", "counter_argument", "Some historians argue")]
    [InlineData("Nevertheless, rewards reached only a few.", "rebuttal", "Nevertheless")]
    [InlineData("Fear was less important than the targets.", "rebuttal", "less important")]
    [InlineData("Before the revolution most people were peasants.", "context", "before the revolution")]
    [InlineData("The source is reliable because it was written by a worker.", "source_evaluation", "reliable")]
    [InlineData("Its purpose was to persuade people that the plan worked, so the source may exaggerate.", "source_evaluation", "purpose")]
    public void Analyze_BodySentence_FindsRoleWithExactWords(string sentence, string roleName, string words)
    {
        var role = Role(roleName);
        var found = BodySentence(sentence);

        Assert.Contains(role, found.Roles);
        Assert.Contains(found.Cues, c => c.Role == role && string.Equals(c.Text, words, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("The workers were under pressure.")]
    [InlineData("It shows a family in a flat.")]
    [InlineData("Homework is useful for revision.")]
    [InlineData("Propaganda posters showed heroes.")]
    public void Analyze_PlainSentence_HasNoEvidenceOrEvaluation(string sentence)
    {
        var found = BodySentence(sentence);

        Assert.DoesNotContain(SentenceRole.Evidence, found.Roles);
        Assert.DoesNotContain(SentenceRole.SourceEvaluation, found.Roles);
        Assert.DoesNotContain(SentenceRole.Explanation, found.Roles);
    }

    [Theory]
    [InlineData("I think the targets caused conflict.", "introduction", "position")]
    [InlineData("I think the targets caused conflict.", "conclusion", "judgement")]
    [InlineData("The main reason was the targets.", "introduction", "position")]
    [InlineData("The main reason was the targets.", "conclusion", "judgement")]
    [InlineData("Stalin took power in 1928.", "introduction", "context")]
    public void Analyze_SameWordsByPlace_MeanDifferentRoles(string sentence, string placeName, string expectedName)
    {
        Assert.True(RoleNames.TryParseParagraph(placeName, out var place));
        var expected = Role(expectedName);
        var intro = place == ParagraphRole.Introduction ? sentence : "Conflict had several causes.";
        var conclusion = place == ParagraphRole.Conclusion ? $"Overall. {sentence}" : "Overall the targets mattered most because they hurt everyone.";
        var text = $"{intro}\n\nFirstly the targets were high. In 1932 coal fell short. This meant anger.\n\n{conclusion}";

        var report = EssayAnalyzer.Analyze(text, EssayPrompt.Of(Question));

        var paragraph = report.Paragraphs.Single(p => p.Role == place);
        Assert.Contains(paragraph.Sentences, s => s.Has(expected) && text[s.Start..s.End] == sentence);
    }

    private static SentenceRole Role(string name) =>
        RoleNames.TryParseSentence(name, out var role) ? role : throw new ArgumentException(name);

    [Fact]
    public void Analyze_ListNumber_IsNotEvidence()
    {
        var report = EssayAnalyzer.Analyze("Intro text here.\n1. Firstly the targets were high.\n2. Secondly the housing was bad.");

        Assert.DoesNotContain(report.Paragraphs[1].Sentences[0].Cues, c => c.Text == "1");
        Assert.Contains(SentenceRole.Point, report.Paragraphs[1].Sentences[0].Roles);
    }
}
