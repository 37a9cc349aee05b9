namespace StudyBot.Instances;

internal sealed class InstancesOptions
{
    public const string Section = "Instances";

    // How often each instance looks for open questions past their deadline (http mode only).
    public int SweepMs { get; set; } = 1000;

    // A question this long past its deadline was left by instances that all stopped: its quiz ends
    // as interrupted instead of carrying on to a class that has gone.
    public int StaleMinutes { get; set; } = 10;

    // Live state is in the database rather than in memory: set from Discord:Mode=http, where any
    // instance behind the load balancer can receive the next press.
    public bool Shared { get; set; }
}
