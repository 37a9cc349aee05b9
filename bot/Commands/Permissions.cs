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

internal sealed record Actor(ulong UserId, string DisplayName, Permissions Permissions, IReadOnlyList<ulong> RoleIds)
{
    public bool IsManager => (Permissions & (Permissions.Administrator | Permissions.ManageGuild)) != 0;

    public bool Has(Permissions permission) =>
        (Permissions & Permissions.Administrator) != 0 || (Permissions & permission) == permission;
}
