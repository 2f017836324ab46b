using System.Diagnostics;

namespace ReportForge.Output;

/// <summary>
/// A seam for crash tests. With <c>REPORTFORGE_TEST_KILL_AT=POINT:N</c> in the environment the process kills itself
/// (SIGKILL: no clean-up, no flushing) the N-th time it reaches POINT, so a test can stop a build at a chosen moment instead
/// of guessing one with a timer. The points: <c>renamed</c> (after the first file of a group is renamed into place),
/// <c>replaced</c> (after a build job's files are all in place, before the build journal records them), <c>journaled</c>
/// (after the journal records them) and <c>compacted</c> (after manifest.json is written, before the journal is removed).
/// Unset, it costs one environment read per process.
/// </summary>
internal static class CrashPoint
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "REPORTFORGE_TEST_KILL_AT";

    private static readonly (string Point, int Count)? Target = Parse(Environment.GetEnvironmentVariable(Variable));
    private static int _reached;

    /// <summary>Kills the process here when this is the point and the count asked for.</summary>
    public static void Reached(string point)
    {
        if (Target is not { } target || target.Point != point) return;
        if (Interlocked.Increment(ref _reached) != target.Count) return;
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }

    private static (string, int)? Parse(string? value)
    {
        var colon = value?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(value![(colon + 1)..], out var count) && count > 0 ? (value[..colon], count) : null;
    }
}
