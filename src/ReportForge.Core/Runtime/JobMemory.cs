namespace ReportForge.Runtime;

/// <summary>
/// The bytes one report's stages have allocated (garbage included), each stage counted on its own thread
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), against the report's limit. Reports rendered side by side
/// each have their own, so one large report does not end its neighbours.
/// </summary>
public sealed class JobMemory(long limit)
{
    private long _allocated;

    /// <summary>The most bytes the report's stages may allocate.</summary>
    public long Limit { get; } = limit;

    /// <summary>Bytes the report's finished stages allocated.</summary>
    public long Allocated => Volatile.Read(ref _allocated);

    /// <summary>True when the finished stages went past <see cref="Limit"/>.</summary>
    public bool Exceeded => Allocated > Limit;

    /// <summary>Allocated bytes when <see cref="StageMemory"/> last released memory for this report.</summary>
    internal long Released { get; set; }

    /// <summary>Counts what a stage allocated once it ended.</summary>
    public void Add(long bytes) => Interlocked.Add(ref _allocated, bytes);
}
