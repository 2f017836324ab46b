namespace ReportForge.IO;

/// <summary>Where a path really leads once its symbolic links are followed, and what is there.</summary>
/// <param name="Path">The absolute path with no symbolic link left in it (as far as it could be followed).</param>
/// <param name="Type">What is there; <see cref="FileType.Missing"/> when nothing is.</param>
/// <param name="Size">Its size in bytes as the file system reports it (0 for devices, FIFOs and many /proc files).</param>
/// <param name="ThroughLink">True when a symbolic link was followed on the way.</param>
/// <param name="LinkLoop">True when the links went round in a loop (or more than 40 were followed).</param>
internal readonly record struct ResolvedPath(string Path, FileType Type, long Size, bool ThroughLink, bool LinkLoop);
