using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using StudyBot.Commands;

namespace StudyBot.Console;

// Console users are made up by name; the same name always gets the same id, so a student's
// scores follow them from one console run to the next.
internal static class ConsoleUsers
{
    public const ulong GuildId = 1;
    public const ulong ChannelId = 2;

    public static Actor Create(string name, bool manager)
    {
        var id = IdFor(name);
        var permissions = manager ? Permissions.ManageGuild | Permissions.ManageMessages : Permissions.None;
        return new Actor(id, name, permissions, []);
    }

    // Snowflake-sized ids away from the small numbers used for the console's server and channel.
    public static ulong IdFor(string name) =>
        (BinaryPrimitives.ReadUInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant()))) >> 1) | (1UL << 40);
}
