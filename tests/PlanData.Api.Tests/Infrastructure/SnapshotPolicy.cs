using System.Runtime.CompilerServices;

namespace PlanData.Api.Tests.Infrastructure;

internal static class SnapshotPolicy
{
    /// <summary>On CI a missing snapshot fails the test instead of being written (and passing).</summary>
    [ModuleInitializer]
    internal static void UseStrictModeOnCi()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
    }
}
