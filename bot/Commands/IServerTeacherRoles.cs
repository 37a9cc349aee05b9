namespace StudyBot.Commands;

// Roles a server's managers have named as teacher roles from inside Discord (/settings teachers),
// beside those in the bot's configuration, which the transport already folds into Actor.
internal interface IServerTeacherRoles
{
    bool NamesAny(ulong guildId, IReadOnlyList<ulong> roleIds);
}
