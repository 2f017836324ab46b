namespace ReportForge.Batch;

/// <summary>Options of a build.</summary>
public sealed record BuildOptions
{
    /// <summary>Jobs run at once; the core count by default.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
    /// <summary>Rebuild even what is up to date.</summary>
    public bool Force { get; init; }
    /// <summary>Stop starting jobs after the first failure.</summary>
    public bool FailFast { get; init; }
    /// <summary>This machine's share of the jobs: (K, N) renders jobs whose index mod N is K-1.</summary>
    public (int K, int N) Shard { get; init; } = (1, 1);
    /// <summary>SOURCE_DATE_EPOCH.</summary>
    public long? SourceDateEpoch { get; init; }
    /// <summary>Extra template folders.</summary>
    public IReadOnlyList<string> TemplateFolders { get; init; } = [];
    /// <summary>The render time limit for every job (<c>--timeout</c>), over the manifest's and the templates'.</summary>
    public TimeSpan? RenderTimeout { get; init; }
    /// <summary>The PDF standards for every job (<c>--pdf-standard</c>), over the manifest's and the templates'.</summary>
    public Model.PdfStandard? PdfStandard { get; init; }
    /// <summary>Every job's .docx writes marked changes as revisions (<c>--track-changes</c>), over the manifest's.</summary>
    public bool TrackChanges { get; init; }
    /// <summary>
    /// The budgets of every job's stages after the template (<c>--layout-timeout</c> and the others over the manifest's);
    /// the manifest's when null.
    /// </summary>
    public Runtime.StageLimits? Limits { get; init; }
    /// <summary>
    /// Called once, with the lock file's path, when another run is writing into the output folder and this build waits for
    /// it to finish before starting.
    /// </summary>
    public Action<string>? WaitingForOutputFolder { get; init; }
}
