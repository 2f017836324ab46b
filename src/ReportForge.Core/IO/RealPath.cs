namespace ReportForge.IO;

/// <summary>
/// Follows every symbolic link in a path, one component at a time, as the kernel would: a link in a folder name counts
/// as much as one at the end, and <c>..</c> after a link goes up from where the link led, not from its name.
/// </summary>
internal static class RealPath
{
    /// <summary>The most links followed for one path, as Linux allows (ELOOP).</summary>
    private const int MaxLinks = 40;

    private static readonly char[] Separators = OperatingSystem.IsWindows() ? ['\\', '/'] : ['/'];

    public static ResolvedPath Resolve(string path)
    {
        var full = System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Join(Environment.CurrentDirectory, path);
        if (OperatingSystem.IsWindows()) full = System.IO.Path.GetFullPath(full);
        var current = System.IO.Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.Count > 0)
        {
            var part = pending.Pop();
            if (part.Length == 0 || part == ".") continue;
            if (part == "..")
            {
                current = System.IO.Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = System.IO.Path.Join(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return new ResolvedPath(next, FileType.SymbolicLink, 0, true, true);
            if (System.IO.Path.IsPathRooted(target)) current = System.IO.Path.GetPathRoot(target)!;
            Push(pending, System.IO.Path.IsPathRooted(target) ? target[current.Length..] : target);
        }
        var (type, size) = FileStatus.Of(current);
        return new ResolvedPath(current, type, size, links > 0, false);
    }

    /// <summary>
    /// True when <paramref name="path"/> is <paramref name="folder"/> or inside it; both absolute and resolved. Compared as
    /// text, ignoring case where the file system usually does (Windows, macOS).
    /// </summary>
    public static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var trimmed = folder.Length > 1 ? folder.TrimEnd(Separators) : folder;
        if (trimmed.Length == 0) trimmed = folder;
        if (path.Equals(trimmed, comparison)) return true;
        var prefix = trimmed.EndsWith(System.IO.Path.DirectorySeparatorChar) ? trimmed : trimmed + System.IO.Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison);
    }

    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(Separators);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // not readable as a link: the type check that follows says what it is
        }
    }
}
