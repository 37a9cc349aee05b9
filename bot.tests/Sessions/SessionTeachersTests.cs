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

        Assert.Equal($"Teacher roles: <@&{TeacherRole}>. Members with these roles, and anyone with Manage Server, can run /session.", reply.Text);
        Assert.True(teachers.IsTeacher(member, Guild));
        Assert.False(teachers.IsTeacher(member, Guild + 1));
        Assert.True(teachers.IsTeacher(manager, Guild + 1));
        Assert.True(teachers.IsTeacher(new Actor(43, "Configured", Permissions.None, [], HasTeacherRole: true), Guild));

        await settings.HandleAsync(Command(manager, ("role", TeacherRole.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("remove", true)), CancellationToken.None);
        Assert.False(teachers.IsTeacher(member, Guild));
    }

    private static CommandContext Command(Actor user, params (string Name, object Value)[] options) =>
        new(new Origin("i1", user, Guild, 9, DateTimeOffset.UnixEpoch), "settings", "teachers", new CommandOptions(options.ToDictionary(o => o.Name, o => o.Value)));
}
