namespace ReportForge;

/// <summary>
/// Writes files through a temporary file in the same folder and a rename, so readers never see half a file,
/// and a group of files all or none: a report's PDF and DOCX are renamed into place only once both are written.
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Test seam: wraps the stream each temporary file is written through, given the file it will become.
    /// Tests use it to make a write fail half-way (disk full, an I/O error); it flows with the async context,
    /// so it touches only the test that sets it.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Stream, Stream>?> StreamWrapper = new();

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> atomically.</summary>
    public static void Write(string path, byte[] bytes) => WriteAll([(path, bytes)]);

    /// <summary>
    /// Replaces every file, all or none. Each is first written to a temporary file beside it; only when every
    /// one is written are they renamed into place. When a write fails, the temporary files are removed and
    /// every target is as it was; the <see cref="OutputFileException"/> names the file that failed.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temps = new List<string>(files.Count);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var temp = TempPath(path);
                temps.Add(temp);
                WriteTemp(temp, path, bytes);
            }
            for (var i = 0; i < files.Count; i++)
            {
                try
                {
                    File.Move(temps[i], files[i].Path, overwrite: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new OutputFileException(files[i].Path, e);
                }
            }
        }
        finally
        {
            foreach (var temp in temps) Remove(temp);
        }
    }

    private static string TempPath(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
    }

    private static void WriteTemp(string temp, string path, byte[] bytes)
    {
        try
        {
            using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            using var stream = StreamWrapper.Value?.Invoke(path, file) ?? file;
            stream.Write(bytes);
            stream.Flush();
            file.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, e);
        }
    }

    private static void Remove(string temp)
    {
        try
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed or succeeded; a temporary file that cannot be removed changes neither.
        }
    }
}

/// <summary>An output file could not be written; <see cref="Path"/> is the file it would have become.</summary>
public sealed class OutputFileException(string path, Exception inner) : IOException(Describe(inner), inner)
{
    /// <summary>The output file (not the temporary one).</summary>
    public string Path { get; } = path;

    /// <summary>What went wrong, in words a user acts on; the temporary file's name is left out.</summary>
    public static string Describe(Exception e) => e switch
    {
        IOException io when io.HResult is DiskFullErrno or DiskFullHResult or HandleDiskFullHResult => "the disk is full",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private const int DiskFullErrno = 28; // ENOSPC, as .NET reports it on Linux and macOS
    private const int DiskFullHResult = unchecked((int)0x80070070); // ERROR_DISK_FULL
    private const int HandleDiskFullHResult = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL
}
