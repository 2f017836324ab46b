namespace ReportForge.Batch;

/// <summary>A file a build job will write: its full path, its format and, for a template that renders each item, the item's name.</summary>
internal sealed record PlannedOutput(string Path, string Format, string? Item);
