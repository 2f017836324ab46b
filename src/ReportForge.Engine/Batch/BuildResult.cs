using ReportForge.Diagnostics;

namespace ReportForge.Batch;

/// <summary>The outcome of a build.</summary>
public sealed record BuildResult(IReadOnlyList<BuildJobResult> Jobs, IReadOnlyList<Diagnostic> Diagnostics, string ManifestPath)
{
    /// <summary>True when every job succeeded.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && Jobs.All(j => j.Succeeded);
}
