namespace ReportForge.Runtime;

/// <summary>
/// Hands the memory of a finished stage back to the system when the stage was large. Between the stages of a long
/// report most of what the last one allocated is garbage (the notes' parse, the template's output, the markup's syntax
/// tree, the PDF's drawing before it is saved), but the collector keeps the memory it grew to: a 1,000-page report's
/// peak was set by its first stages, long before the PDF. A full collection that returns free memory, after a stage
/// whose thread allocated more than <see cref="Threshold"/> bytes, costs tens of milliseconds there, and what comes
/// next faults its memory in afresh: so only where it lowers the peak. A briefing never reaches it.
/// </summary>
public static class StageMemory
{
    /// <summary>How much a thread allocates since the last release before a stage's end releases memory.</summary>
    public const long Threshold = 64L << 20;

    // Per thread: the stages of one report run on the thread that renders it, and `build` renders many reports at
    // once, each on its own thread, most of them small.
    [ThreadStatic]
    private static long _released;

    [ThreadStatic]
    private static long _helped;

    /// <summary>
    /// Counts what a helper thread allocated for this thread's report (the template render, the schema check) as if
    /// this thread had.
    /// </summary>
    public static void Charge(long bytes) => _helped += bytes;

    /// <summary>Call where a stage ends and what it built is either kept or garbage; true when memory was released.</summary>
    public static bool Release()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread() + _helped;
        if (allocated - _released < Threshold) return false;
        _released = allocated;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
