using System.Globalization;
using ReportForge.Batch;

namespace ReportForge.Cli;

/// <summary>The values of <see cref="ReportOptions"/>, parsed and checked, and where each goes.</summary>
internal sealed record ReportSettings
{
    public required IReadOnlyList<string> TemplateFolders { get; init; }
    public required TimeSpan? RenderTimeout { get; init; }
    public required LimitOverrides Limits { get; init; }
    public required string Template { get; init; }
    /// <summary>Empty for the template's formats.</summary>
    public required IReadOnlyList<OutputFormat> Formats { get; init; }
    /// <summary>Null for the template's culture.</summary>
    public required CultureInfo? Culture { get; init; }
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    public required string? Each { get; init; }
    public required bool EmitMarkup { get; init; }
    public required string? ReferenceDoc { get; init; }
    /// <summary>Null for the manifest's or the template's.</summary>
    public required Model.PdfStandard? PdfStandard { get; init; }
    /// <summary>Whether the .docx writes marked changes as revisions (<c>--track-changes</c>).</summary>
    public bool TrackChanges { get; init; }

    /// <summary>A request for one report of <paramref name="notesPath"/> (the sample when null) into <paramref name="outputDirectory"/>.</summary>
    public ReportRequest Request(string? notesPath, string outputDirectory, TextWriter stderr) => new()
    {
        NotesPath = notesPath,
        OutputDirectory = outputDirectory,
        TemplateFolders = TemplateFolders,
        RenderTimeout = RenderTimeout,
        Limits = Limits.Over(Runtime.StageLimits.Default),
        Template = Template,
        Formats = Formats.Select(f => f.Name()).ToList(),
        Culture = Culture?.Name,
        Parameters = Parameters,
        Each = Each,
        EmitMarkup = EmitMarkup,
        ReferenceDoc = ReferenceDoc,
        PdfStandard = PdfStandard,
        TrackChanges = TrackChanges,
        SourceDateEpoch = CliApp.SourceDateEpoch(stderr),
        WaitingForOutputFolder = CliApp.WaitingForOutputFolder(stderr),
    };

    /// <summary>
    /// A build's options with these settings over the manifest's: its <paramref name="manifestLimits"/> stay where the
    /// command line gives no limit.
    /// </summary>
    public BuildOptions Build(BuildOptions options, Runtime.StageLimits manifestLimits) => options with
    {
        TemplateFolders = TemplateFolders,
        RenderTimeout = RenderTimeout,
        PdfStandard = PdfStandard,
        TrackChanges = TrackChanges || options.TrackChanges,
        Limits = Limits.Over(manifestLimits),
    };
}
