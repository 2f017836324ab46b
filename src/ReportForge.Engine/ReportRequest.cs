using ReportForge.Runtime;

namespace ReportForge;

/// <summary>One report to render: notes, template and outputs.</summary>
public sealed record ReportRequest
{
    /// <summary>The notes file; null renders the built-in sample.</summary>
    public string? NotesPath { get; init; }
    /// <summary>The notes' bytes when the caller has read them already (a build reads them inside its folder); named by <see cref="NotesPath"/>.</summary>
    internal byte[]? NotesBytes { get; init; }
    /// <summary>Template name or folder.</summary>
    public string Template { get; init; } = "daily-briefing";
    /// <summary>Formats to write ("pdf", "docx"); the template's defaults when empty.</summary>
    public IReadOnlyList<string> Formats { get; init; } = [];
    /// <summary>Where the files go.</summary>
    public string OutputDirectory { get; init; } = "out";
    /// <summary>Culture; the template's default when null.</summary>
    public string? Culture { get; init; }
    /// <summary>Template parameters as given with <c>--set name=value</c>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();
    /// <summary>One document per item of this top-level list of the notes; the template's <c>each</c> when null.</summary>
    public string? Each { get; init; }
    /// <summary>Which item of <see cref="Each"/> to render; set by the engine for each document.</summary>
    internal int? ItemIndex { get; init; }
    /// <summary>The file name (without extension) of that item's document.</summary>
    internal string? ItemName { get; init; }
    /// <summary>Extra folders to look for templates in.</summary>
    public IReadOnlyList<string> TemplateFolders { get; init; } = [];
    /// <summary>Also write the generated markup beside the outputs.</summary>
    public bool EmitMarkup { get; init; }
    /// <summary>
    /// The standards the PDF is written to meet (PDF/UA-1, PDF/A-1b or PDF/A-1a; see README "The PDF"); the template's
    /// <c>pdf_standard</c> when null.
    /// </summary>
    public Model.PdfStandard? PdfStandard { get; init; }
    /// <summary>
    /// Whether the .docx writes the document's marked changes (change containers, inserted and deleted text) as Word
    /// revisions; without it, it shows them accepted, as the PDF does.
    /// </summary>
    public bool TrackChanges { get; init; }
    /// <summary>Seconds since the epoch for the files' dates; usually from SOURCE_DATE_EPOCH.</summary>
    public long? SourceDateEpoch { get; init; }
    /// <summary>A Word file whose styles, page setup, header and footer the .docx takes (as Pandoc's --reference-doc).</summary>
    public string? ReferenceDoc { get; init; }
    /// <summary>Template render time limit; template.json's <c>timeout</c>, else 3 s, when null.</summary>
    public TimeSpan? RenderTimeout { get; init; }
    /// <summary>The processor-time limits of the PDF layout and the Word writer, and the report's allocated-bytes limit.</summary>
    public StageLimits Limits { get; init; } = StageLimits.Default;
    /// <summary>
    /// Called once, with the lock file's path, when another run is writing into the output folder and this one waits for
    /// it to finish before writing (see README "Batch builds and CI").
    /// </summary>
    public Action<string>? WaitingForOutputFolder { get; init; }
}

/// <summary>
/// What a render wrote, and every diagnostic. <see cref="Written"/> lists the files that hold the new report: all of them,
/// or none when writing failed, except after RF1405, when it lists the ones that were replaced all the same.
/// </summary>
public sealed record ReportResult(IReadOnlyList<string> Written, IReadOnlyList<Diagnostics.Diagnostic> Diagnostics, int PageCount)
{
    /// <summary>True when nothing failed.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != ReportForge.Diagnostics.Severity.Error);
}
