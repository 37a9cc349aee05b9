namespace StudyBot.Commands;

// Discord permission bits that the bot reads (member.permissions arrives as a decimal string).
[Flags]
internal enum Permissions : ulong
{
    None = 0,
    Administrator = 1UL << 3,
    ManageGuild = 1UL << 5,
    ManageMessages = 1UL << 13,
}

// HasTeacherRole: the transport found one of the server's configured teacher roles on this user.
internal sealed record Actor(ulong UserId, string DisplayName, Permissions Permissions, IReadOnlyList<ulong> RoleIds, bool HasTeacherRole = false)
{
    public bool IsManager => (Permissions & (Permissions.Administrator | Permissions.ManageGuild)) != 0;

    public bool IsTeacher => IsManager || HasTeacherRole || Has(Permissions.ManageMessages);

    public bool Has(Permissions permission) =>
        (Permissions & Permissions.Administrator) != 0 || (Permissions & permission) == permission;
}
