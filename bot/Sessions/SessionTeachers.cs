using StudyBot.Commands;

namespace StudyBot.Sessions;

// Who may run a session: server managers (Manage Server), members with a teacher role from the
// bot's configuration, or with a role a manager named with /settings teachers.
internal sealed class SessionTeachers(SessionStore store) : IServerTeacherRoles
{
    public const string Refusal = "Only teachers can do that: someone with Manage Server, or a role a server manager has named with /settings teachers.";

    public bool IsTeacher(Actor user, ulong? guildId) =>
        user.IsManager || user.HasTeacherRole || (guildId is { } guild && NamesAny(guild, user.RoleIds));

    public bool NamesAny(ulong guildId, IReadOnlyList<ulong> roleIds) =>
        roleIds.Count > 0 && store.TeacherRoles(guildId).Intersect(roleIds).Any();
}
