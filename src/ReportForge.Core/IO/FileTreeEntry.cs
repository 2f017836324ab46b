namespace ReportForge.IO;

/// <summary>One name met by a <see cref="FileTree"/> walk.</summary>
/// <param name="RelativePath">The path from the walked folder, with forward slashes: <c>partials/quote.sbn</c>.</param>
/// <param name="FullPath">The path as walked (through any links on the way).</param>
/// <param name="RealPath">Where it really is, links followed (for a broken link, as far as it could be followed).</param>
/// <param name="Kind">What it is, and whether the walk follows it.</param>
/// <param name="IsLink">True when the name itself is a symbolic link.</param>
public sealed record FileTreeEntry(string RelativePath, string FullPath, string RealPath, FileTreeEntryKind Kind, bool IsLink);
