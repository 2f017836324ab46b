using ReportForge.Diagnostics;

namespace ReportForge.Batch;

/// <summary>One notes file with one template: renders once, writes one artifact per format.</summary>
public sealed record BuildJob(int Index, string NotesPath, string Template, IReadOnlyList<string> Formats, string? Culture, string OutputPattern,
    SourceLocation Origin)
{
    /// <summary>Template parameters (the manifest's <c>set</c>), as <c>--set</c> gives them.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The render time limit the manifest sets; the template's when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Identifies the job across runs (for incremental builds).</summary>
    public string Id => $"{Template}|{NotesPath}";
}

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

/// <summary>What happened to one job.</summary>
public sealed record BuildJobResult(BuildJob Job, IReadOnlyList<BuildArtifact> Artifacts, IReadOnlyList<Diagnostic> Diagnostics, bool Skipped)
{
    /// <summary>True when the job wrote (or kept) all its artifacts.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}

/// <summary>Progress of a build, one event per job outcome.</summary>
public sealed record BuildEvent(BuildEventKind Kind, BuildJob Job, BuildJobResult? Result);

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
    /// <summary>The budgets of every job's stages after the template (<c>--layout-timeout</c> and the others over the manifest's); the manifest's when
    /// null.</summary>
    public Runtime.StageLimits? Limits { get; init; }
    /// <summary>
    /// Called once, with the lock file's path, when another run is writing into the output folder and this build waits for
    /// it to finish before starting.
    /// </summary>
    public Action<string>? WaitingForOutputFolder { get; init; }
}

/// <summary>The outcome of a build.</summary>
public sealed record BuildResult(IReadOnlyList<BuildJobResult> Jobs, IReadOnlyList<Diagnostic> Diagnostics, string ManifestPath)
{
    /// <summary>True when every job succeeded.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error) && Jobs.All(j => j.Succeeded);
}
