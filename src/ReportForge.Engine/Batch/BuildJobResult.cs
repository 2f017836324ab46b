using ReportForge.Diagnostics;

namespace ReportForge.Batch;

/// <summary>What happened to one job.</summary>
public sealed record BuildJobResult(BuildJob Job, IReadOnlyList<BuildArtifact> Artifacts, IReadOnlyList<Diagnostic> Diagnostics, bool Skipped)
{
    /// <summary>True when the job wrote (or kept) all its artifacts.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
