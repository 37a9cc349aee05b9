using StudyBot.Commands;
using StudyBot.Scores;
using StudyBot.Sessions;
using StudyBot.Tests.Support;

namespace StudyBot.Tests.Sessions;

// Who may run a session: managers, configured teacher roles, and roles a manager names with
// /settings teachers on that server only.
public sealed class SessionTeachersTests : IDisposable
{
    private const ulong Guild = 1200000000000000002;
    private const ulong TeacherRole = 539082325061836999;
    private readonly TestDatabase db = new();

    public void Dispose() => db.Dispose();

    [Fact]
    public async Task RolesNamedWithSettingsTeachers_MakeTeachers_OnThatServerOnly()
    {
        var store = new SessionStore(db.Database);
        var teachers = new SessionTeachers(store);
        var settings = new SettingsHandler(new ServerScoring(db.Database), store);
        var member = new Actor(42, "Mr Jones", Permissions.None, [TeacherRole]);
        Assert.False(teachers.IsTeacher(member, Guild));

        var manager = new Actor(7, "Head", Permissions.ManageGuild, []);
        var reply = await settings.HandleAsync(Command(manager, ("role", TeacherRole.ToString(System.Globalization.CultureInfo.InvariantCulture))), CancellationToken.None);

        Assert.Equal($"Teacher roles: <@&{TeacherRole}>. Members with these roles, and anyone with Manage Server, can run /session and manage packs with /pack.", reply.Text);
        Assert.True(teachers.IsTeacher(member, Guild));
        Assert.False(teachers.IsTeacher(member, Guild + 1));
        Assert.True(teachers.IsTeacher(manager, Guild + 1));
        Assert.True(teachers.IsTeacher(new Actor(43, "Configured", Permissions.None, [], HasTeacherRole: true), Guild));

        await settings.HandleAsync(Command(manager, ("role", TeacherRole.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("remove", true)), CancellationToken.None);
        Assert.False(teachers.IsTeacher(member, Guild));
    }

    // /pack is for teachers too: a role named here opens it as it opens /session, on that server only.
    [Fact]
    public async Task RolesNamedWithSettingsTeachers_OpenTeacherCommands()
    {
        var store = new SessionStore(db.Database);
        var pack = new Moq.Mock<ICommandHandler>();
        pack.SetupGet(h => h.Definition).Returns(new CommandDefinition("pack", "Packs", [], Access.Teachers));
        pack.Setup(h => h.HandleAsync(Moq.It.IsAny<CommandContext>(), Moq.It.IsAny<CancellationToken>())).Returns(ValueTask.FromResult(Reply.Message("pack ran")));
        var dispatcher = new InteractionDispatcher(new CommandRegistry([pack.Object]), Microsoft.Extensions.Logging.Abstractions.NullLogger<InteractionDispatcher>.Instance, new SessionTeachers(store));
        var member = new Actor(42, "Mr Jones", Permissions.None, [TeacherRole]);
        CommandContext Pack(ulong guild) => new(new Origin("i2", member, guild, 9, DateTimeOffset.UnixEpoch), "pack", null, new CommandOptions(new Dictionary<string, object>()));

        var before = await dispatcher.DispatchCommandAsync(Pack(Guild), CancellationToken.None);
        store.SetTeacherRole(Guild, TeacherRole, teacher: true);
        var after = await dispatcher.DispatchCommandAsync(Pack(Guild), CancellationToken.None);
        var elsewhere = await dispatcher.DispatchCommandAsync(Pack(Guild + 1), CancellationToken.None);

        Assert.Contains("is for teachers", before.Text, StringComparison.Ordinal);
        Assert.Equal("pack ran", after.Text);
        Assert.Contains("is for teachers", elsewhere.Text, StringComparison.Ordinal);
    }

    private static CommandContext Command(Actor user, params (string Name, object Value)[] options) =>
        new(new Origin("i1", user, Guild, 9, DateTimeOffset.UnixEpoch), "settings", "teachers", new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value)));
}
