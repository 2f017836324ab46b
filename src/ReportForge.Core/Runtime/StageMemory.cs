namespace ReportForge.Runtime;

/// <summary>
/// Hands the memory of a finished stage back to the system when the stage was large, if the program asked for it
/// (<see cref="Enabled"/>; the command line does). Between the stages of a long report most of what the last one
/// allocated is garbage (the notes' parse, the template's output, the markup's syntax tree, the PDF's drawing before it
/// is saved), but the collector keeps the memory it grew to: a 1,000-page report's peak was set by its first stages,
/// long before the PDF. A full collection that returns free memory, after a report allocated more than
/// <see cref="Threshold"/> bytes since the last one, costs tens of milliseconds there, and what comes next faults its
/// memory in afresh: so only where it lowers the peak. A briefing never reaches it. Off by default: forcing
/// collections is the host program's choice, never a library's.
/// </summary>
public static class StageMemory
{
    /// <summary>How much a report allocates since the last release before a stage's end releases memory.</summary>
    public const long Threshold = 64L << 20;

    /// <summary>True lets stage ends force a full, compacting collection (a process-wide choice; off by default).</summary>
    public static bool Enabled { get; set; }

    /// <summary>Call where a stage on a <see cref="StageThread{T}"/> ends; true when memory was released.</summary>
    public static bool Release() => StageBudget.Current is { } budget && Release(budget.Memory, budget.AllocatedHere);

    /// <summary>Call between stages with the report's account; true when memory was released.</summary>
    public static bool Release(JobMemory? job, long running = 0)
    {
        if (!Enabled || job is null) return false;
        var allocated = job.Allocated + running;
        if (allocated - job.Released < Threshold) return false;
        job.Released = allocated;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return true;
    }
}
