namespace ReportForge.Output;

/// <summary>
/// One file of a group being replaced: the file, its new bytes' temporary file and hash, and a second name for the
/// earlier file (null when there was none).
/// </summary>
internal sealed record ReplaceEntry(string Target, string Temp, string? Backup, string Sha256);
