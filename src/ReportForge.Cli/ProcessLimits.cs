using System.Globalization;
using ReportForge.Runtime;

namespace ReportForge.Cli;

/// <summary>
/// What the reportforge program sets for its whole process before it starts work, and the library never does (a
/// program that hosts the library keeps its own settings): a hard limit on the managed heap (<c>--max-heap</c> MiB,
/// default <see cref="DefaultHeapMebibytes"/>), so a hostile input ends with an error (RF1309) instead of taking the
/// machine's memory; and memory handed back between the stages of large reports (<see cref="StageMemory"/>).
/// The limit is set through the runtime's <c>GCHeapHardLimit</c> setting and <see cref="GC.RefreshMemoryLimit"/>,
/// which works the same under <c>dotnet run</c>, the packed tool and Native AOT. It only ever lowers the limit: a
/// smaller one the machine, the container or <c>DOTNET_GCHeapHardLimit</c> already imposes is kept.
/// </summary>
internal static class ProcessLimits
{
    /// <summary>The heap limit unless <c>--max-heap</c> says otherwise (a 1,000-page report peaks near 220 MiB).</summary>
    public const long DefaultHeapMebibytes = 4096;

    /// <summary>The smallest heap limit accepted; 0 means no limit of ReportForge's own.</summary>
    public const long MinHeapMebibytes = 64;

    /// <summary>Why a <c>--max-heap</c> of <paramref name="mebibytes"/> is refused, or null when it is fine.</summary>
    public static string? HeapProblem(long mebibytes) =>
        mebibytes == 0 || mebibytes is >= MinHeapMebibytes and <= int.MaxValue
            ? null
            : $"the heap limit must be 0 (no limit of ReportForge's own) or at least {MinHeapMebibytes} MiB, not {mebibytes}";

    /// <summary>Sets the process-wide settings; called by the program's entry point only, before anything else.</summary>
    public static void Apply(string[] args)
    {
        StageMemory.Enabled = true;
        var mebibytes = HeapOption(args) ?? DefaultHeapMebibytes;
        if (mebibytes == 0 || HeapProblem(mebibytes) is not null) return;
        var bytes = (ulong)mebibytes << 20;
        if ((ulong)GC.GetGCMemoryInfo().TotalAvailableMemoryBytes <= bytes) return;
        AppContext.SetData("GCHeapHardLimit", bytes);
        try
        {
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException)
        {
            // Below what the process already holds: it runs with the runtime's limit.
        }
    }

    // The value of --max-heap before the command line is parsed (a wrong one is reported by the parser afterwards).
    private static long? HeapOption(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var value = args[i] == "--max-heap" && i + 1 < args.Length ? args[i + 1]
                : args[i].StartsWith("--max-heap=", StringComparison.Ordinal) ? args[i]["--max-heap=".Length..]
                : null;
            if (value is not null) return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        }
        return null;
    }
}
