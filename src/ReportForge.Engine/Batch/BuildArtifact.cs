namespace ReportForge.Batch;

/// <summary>A file a job wrote (or found up to date).</summary>
public sealed record BuildArtifact(string Path, string Format, string Template, string Input, string Sha256, long Bytes, int Pages, long Milliseconds,
    string Key, bool Skipped)
{
    /// <summary>
    /// True when this build neither wrote the file nor found it up to date, but an earlier build wrote it and it is still
    /// there with these bytes: its job failed or did not run this time (another shard's, or no longer in the manifest), or
    /// a crash left it unrecorded (then its key is empty and its pages 0: unknown).
    /// </summary>
    public bool Kept { get; init; }
}
