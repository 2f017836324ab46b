using System.Globalization;
using Microsoft.Win32.SafeHandles;

namespace ReportForge.IO;

/// <summary>
/// Every input file ReportForge reads is opened here. A path's symbolic links are followed one by one; a file named
/// inside a template or a build manifest must then lie inside its <see cref="FileRoots"/>. Only regular files are
/// read: a folder, FIFO, device or socket is refused before it is opened (on Linux, where .NET cannot tell them from
/// files, through <c>statx</c>), and what was opened is checked again, so a file swapped in between cannot slip
/// through. Reads stop one byte past the <see cref="ReadLimit"/>, so no input can take more memory than its limit.
/// </summary>
public static class InputFiles
{
    /// <summary>Reads a file named on the command line (or by the user's own program): it may be anywhere.</summary>
    /// <param name="path">The file; relative paths are taken from the working folder.</param>
    /// <param name="limit">The most bytes it may have.</param>
    public static FileRead Read(string path, ReadLimit limit) => Read(path, null, limit);

    /// <summary>Reads a file that must lie inside <paramref name="roots"/> once its links are followed.</summary>
    /// <param name="path">The file, usually a root joined with a name a template or manifest gave.</param>
    /// <param name="roots">The folders it must stay in.</param>
    /// <param name="limit">The most bytes it may have.</param>
    public static FileRead ReadInside(string path, FileRoots roots, ReadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return Read(path, roots, limit);
    }

    /// <summary>
    /// Reads a stream to its end, or to one byte past <paramref name="limit"/> (then the result is
    /// <see cref="FileProblem.TooLarge"/>): for notes from standard input, which has no size to check first.
    /// </summary>
    /// <param name="stream">The stream; read from where it is, left open.</param>
    /// <param name="limit">The most bytes it may have.</param>
    public static FileRead Read(Stream stream, ReadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limit);
        return ReadCapped(stream, 64 * 1024, limit);
    }

    /// <summary>
    /// Opens a file named on the command line (or a tool's own file) for a reader that streams it, after the checks
    /// <see cref="Read(string, ReadLimit)"/> makes; on success <paramref name="stream"/> is set and must be disposed.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="limit">The most bytes it may have when it is opened.</param>
    /// <param name="stream">The opened file, or null when it was refused.</param>
    public static FileRead Open(string path, ReadLimit limit, out Stream? stream) => Open(path, null, limit, out stream);

    /// <summary>As <see cref="Open(string, ReadLimit, out Stream?)"/>, for a file that must lie inside <paramref name="roots"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="roots">The folders it must stay in.</param>
    /// <param name="limit">The most bytes it may have when it is opened.</param>
    /// <param name="stream">The opened file, or null when it was refused.</param>
    public static FileRead OpenInside(string path, FileRoots roots, ReadLimit limit, out Stream? stream)
    {
        ArgumentNullException.ThrowIfNull(roots);
        return Open(path, roots, limit, out stream);
    }

    /// <summary>What <paramref name="path"/> names once its links are followed, without opening it.</summary>
    /// <param name="path">The path.</param>
    public static FileType TypeOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var resolved = RealPath.Resolve(path);
        return resolved.LinkLoop ? FileType.SymbolicLink : resolved.Type;
    }

    /// <summary>A file type as messages name it: "a FIFO (named pipe)".</summary>
    /// <param name="type">The type.</param>
    public static string Describe(FileType type) => type switch
    {
        FileType.Missing => "nothing",
        FileType.Regular => "a regular file",
        FileType.Directory => "a folder",
        FileType.Fifo => "a FIFO (named pipe)",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Socket => "a socket",
        FileType.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };

    private static FileRead Read(string path, FileRoots? roots, ReadLimit limit)
    {
        var opened = Open(path, roots, limit, out var stream, out var size);
        if (stream is null) return opened;
        using (stream) return ReadAll(stream, size, limit);
    }

    private static FileRead Open(string path, FileRoots? roots, ReadLimit limit, out Stream? stream) => Open(path, roots, limit, out stream, out _);

    private static FileRead Open(string path, FileRoots? roots, ReadLimit limit, out Stream? stream, out long size)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(limit);
        stream = null;
        size = 0;
        // "" would resolve to the working folder; it names no file at all (an unset variable in a script).
        if (path.Length == 0) return FileRead.Failed(FileProblem.Missing, "is an empty path, which names no file");
        var resolved = RealPath.Resolve(path);
        if (resolved.LinkLoop) return FileRead.Failed(FileProblem.NotAFile, "is a loop of symbolic links (or a chain of more than 40)");
        if (roots is not null && !roots.Contains(resolved.Path)) return Outside(resolved, roots);
        if (resolved.Type == FileType.Missing) return FileRead.NotFound;
        if (resolved.Type != FileType.Regular) return NotAFile(resolved, resolved.Type);
        if (resolved.Size > limit.MaxBytes) return TooLarge(limit, resolved.Size);

        var opened = LinuxFiles.Available ? OpenNative(resolved, roots, out stream, out size) : OpenPortable(resolved, out stream, out size);
        if (stream is null || size <= limit.MaxBytes) return opened;
        stream.Dispose();
        stream = null;
        return TooLarge(limit, size);
    }

    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static FileRead OpenNative(ResolvedPath resolved, FileRoots? roots, out Stream? stream, out long size)
    {
        stream = null;
        var (handle, type, length, error) = LinuxFiles.Open(resolved.Path);
        size = length;
        if (handle is null)
        {
            var (problem, detail) = LinuxFiles.Explain(error);
            return FileRead.Failed(problem, detail);
        }
        var refused = type != FileType.Regular ? NotAFile(resolved, type) : null;
        // Where the opened file really is, as the kernel saw it: a folder on the way swapped for a link after the
        // path was resolved would show here.
        if (refused is null && roots is not null && OpenedPath(handle) is { } actual && !roots.Contains(actual))
            refused = Outside(resolved with { Path = actual, ThroughLink = true }, roots);
        if (refused is not null)
        {
            handle.Dispose();
            return refused;
        }
        stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return FileRead.Opened;
    }

    private static FileRead OpenPortable(ResolvedPath resolved, out Stream? stream, out long size)
    {
        stream = null;
        size = 0;
        try
        {
            var file = new FileStream(resolved.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
            if (!file.CanSeek)
            {
                file.Dispose();
                return NotAFile(resolved, FileType.Other);
            }
            size = file.Length;
            stream = file;
            return FileRead.Opened;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileRead.NotFound;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileRead.Failed(FileProblem.Unreadable, "cannot be read: " + e.Message);
        }
    }

    private static string? OpenedPath(SafeFileHandle handle)
    {
        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // no /proc: the checks made before opening stand
        }
    }

    // A file is read into an array of the size it claims; one more read shows it ended there. Files of /proc claim 0
    // and grow the array instead.
    private static FileRead ReadAll(Stream stream, long size, ReadLimit limit) => ReadCapped(stream, size > 0 ? size : 16 * 1024, limit);

    private static FileRead ReadCapped(Stream stream, long capacity, ReadLimit limit)
    {
        var buffer = new byte[Math.Min(Math.Min(capacity, limit.MaxBytes), Array.MaxLength)];
        var total = 0;
        Span<byte> probe = stackalloc byte[1];
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (stream.Read(probe) == 0) break;
                    if (total >= limit.MaxBytes || buffer.Length == Array.MaxLength) return TooLarge(limit, null);
                    Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, limit.MaxBytes), Array.MaxLength));
                    buffer[total++] = probe[0];
                    continue;
                }
                var read = stream.Read(buffer, total, buffer.Length - total);
                if (read == 0) break;
                total += read;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileRead.Failed(FileProblem.Unreadable, "cannot be read: " + e.Message);
        }
        return FileRead.Of(total == buffer.Length ? buffer : buffer.AsSpan(0, total).ToArray());
    }

    private static FileRead Outside(ResolvedPath resolved, FileRoots roots) => FileRead.Failed(FileProblem.OutsideRoot, resolved.ThroughLink
        ? $"leads through a symbolic link to {resolved.Path}, outside {roots.Description}"
        : $"is outside {roots.Description}");

    private static FileRead NotAFile(ResolvedPath resolved, FileType type) => FileRead.Failed(FileProblem.NotAFile, resolved.ThroughLink
        ? $"is a symbolic link to {resolved.Path}, {Describe(type)}; only regular files are read"
        : $"is {Describe(type)}; only regular files are read");

    private static FileRead TooLarge(ReadLimit limit, long? size) => FileRead.Failed(FileProblem.TooLarge, size is { } bytes
        ? $"is {Size(bytes)}, more than the {limit.Shown} limit for {limit.Kind}"
        : $"is larger than the {limit.Shown} limit for {limit.Kind}");

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.0", CultureInfo.InvariantCulture) + " GiB",
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MiB",
        _ => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
    };
}
