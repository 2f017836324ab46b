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

    /// <summary>The PDF standards the manifest sets; the template's when null.</summary>
    public Model.PdfStandard? PdfStandard { get; init; }

    /// <summary>Whether the job's .docx writes marked changes as revisions (the manifest's <c>track_changes</c>).</summary>
    public bool TrackChanges { get; init; }

    /// <summary>Identifies the job across runs (for incremental builds).</summary>
    public string Id => $"{Template}|{NotesPath}";
}
