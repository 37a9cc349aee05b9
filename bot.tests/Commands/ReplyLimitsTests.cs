using StudyBot.Commands;

namespace StudyBot.Tests.Commands;

public class ReplyLimitsTests
{
    private static Embed EmbedWith(string? title = null, string? description = null, int fields = 0, string fieldValue = "v") =>
        new(title, description, [.. Enumerable.Range(0, fields).Select(i => new EmbedField("f" + i, fieldValue))]);

    public static TheoryData<string, string> Cases() => new()
    {
        { "content", "content has 2001 characters" },
        { "empty", "the reply is empty" },
        { "title", "embed title has 257 characters" },
        { "description", "embed description has 4097" },
        { "fields", "26 embed fields" },
        { "field-value", "field value has 1025" },
        { "total", "embeds hold" },
        { "eleven-embeds", "11 embeds" },
        { "six-buttons", "a row holds 1-5 buttons" },
        { "six-rows", "6 component rows" },
        { "long-custom-id", "must be 1-100 characters" },
        { "duplicate-custom-id", "unique in the message" },
        { "long-label", "button label has 81" },
        { "modal-title", "modal title has 46" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Check_BrokenReply_NamesTheLimit(string @case, string expected)
    {
        var reply = @case switch
        {
            "content" => Reply.Message(new string('x', 2001)),
            "empty" => new Reply(),
            "title" => new Reply { Embeds = [EmbedWith(title: new string('t', 257))] },
            "description" => new Reply { Embeds = [EmbedWith(description: new string('d', 4097))] },
            "fields" => new Reply { Embeds = [EmbedWith(fields: 26)] },
            "field-value" => new Reply { Embeds = [EmbedWith(fields: 1, fieldValue: new string('v', 1025))] },
            "total" => new Reply { Embeds = [EmbedWith(description: new string('d', 4000)), EmbedWith(description: new string('d', 2100))] },
            "eleven-embeds" => new Reply { Embeds = [.. Enumerable.Range(0, 11).Select(_ => EmbedWith(title: "t"))] },
            "six-buttons" => new Reply { Text = "x", Components = [new ComponentRow([.. Enumerable.Range(0, 6).Select(i => new Button("b:" + i, "B"))])] },
            "six-rows" => new Reply { Text = "x", Components = [.. Enumerable.Range(0, 6).Select(i => new ComponentRow([new Button("b:" + i, "B")]))] },
            "long-custom-id" => new Reply { Text = "x", Components = [new ComponentRow([new Button(new string('c', 101), "B")])] },
            "duplicate-custom-id" => new Reply { Text = "x", Components = [new ComponentRow([new Button("same", "A"), new Button("same", "B")])] },
            "long-label" => new Reply { Text = "x", Components = [new ComponentRow([new Button("b:1", new string('l', 81))])] },
            _ => new Reply { Modal = new Modal("m:1", new string('m', 46), [new TextInput("t", "Text", Paragraph: true)]) },
        };

        Assert.Contains(ReplyLimits.Check(reply), e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReplyAtEveryLimit_Passes()
    {
        var reply = new Reply
        {
            Text = new string('x', 2000),
            Embeds = [EmbedWith(title: new string('t', 256), description: new string('d', 4096), fields: 1, fieldValue: new string('v', 1024))],
            Components = [new ComponentRow([.. Enumerable.Range(0, 5).Select(i => new Button("b:" + i, new string('l', 80)))])],
        };

        Assert.Empty(ReplyLimits.Check(reply));
    }
}
