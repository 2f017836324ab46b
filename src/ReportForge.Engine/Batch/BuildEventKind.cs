namespace ReportForge.Batch;

/// <summary>Kinds of build events.</summary>
public enum BuildEventKind
{
    /// <summary>A job started.</summary>
    Started,
    /// <summary>A job wrote its artifacts.</summary>
    Written,
    /// <summary>A job was up to date.</summary>
    Skipped,
    /// <summary>A job failed.</summary>
    Failed,
}
