namespace ReportForge.Runtime;

/// <summary>Why a stage was stopped before it finished.</summary>
public enum StageStop
{
    /// <summary>It was not: it finished, or failed on its own.</summary>
    None,

    /// <summary>It used more processor time than its limit.</summary>
    ProcessorTime,

    /// <summary>The report's stages allocated more bytes than their limit.</summary>
    AllocatedBytes,

    /// <summary>It took its wall-clock backstop (blocked, or starved of processor time far beyond its limit).</summary>
    Backstop,

    /// <summary>The process's heap limit was reached (<see cref="OutOfMemoryException"/>).</summary>
    Heap,

    /// <summary>The caller no longer wanted its result.</summary>
    Cancelled,
}
