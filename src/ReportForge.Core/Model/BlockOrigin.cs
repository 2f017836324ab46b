using ReportForge.Diagnostics;

namespace ReportForge.Model;

/// <summary>
/// Where a top-level block of a converted document came from: the template line behind its markup (or the markup
/// line) and its line in the markup (1-based). Errors found after conversion (a block the page cannot hold, a stage
/// stopped at a block) point there.
/// </summary>
public sealed record BlockOrigin(SourceLocation Location, int MarkupLine);
