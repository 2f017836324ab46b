using System.Security.Cryptography;
using ReportForge.Output;

namespace ReportForge;

/// <summary>
/// Writes files through a temporary file in the same folder and a rename, so readers never see half a file, and a group
/// of files (a report's PDF and DOCX) all or none: every new file is written first, the earlier ones get a second name,
/// a journal records the group, and only then are the new files renamed into place. A rename that fails puts the earlier
/// files back; a run that is killed half-way leaves the journal, and the next run into the folder finishes the group
/// (see <see cref="ReplaceJournal"/>).
/// </summary>
public static class AtomicFile
{
    /// <summary>
    /// Test seam: wraps the stream each temporary file is written through, given the file it will become.
    /// Tests use it to make a write fail half-way (disk full, an I/O error); it flows with the async context,
    /// so it touches only the test that sets it.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Stream, Stream>?> StreamWrapper = new();

    /// <summary>
    /// Test seam: called with the file about to be renamed onto (a new file going into place, or an earlier one being put
    /// back); an exception it returns is thrown as that rename's failure. Flows with the async context like <see cref="StreamWrapper"/>.
    /// </summary>
    internal static readonly AsyncLocal<Func<string, Exception?>?> RenameFault = new();

    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/> atomically.</summary>
    public static void Write(string path, byte[] bytes)
    {
        var temp = ScratchFile.Temp(path);
        try
        {
            WriteTemp(temp, path, bytes);
            Rename(temp, path, path);
        }
        finally
        {
            Remove(temp);
        }
    }

    /// <summary>
    /// Replaces every file, all or none, recording the group in a journal in <paramref name="journalFolder"/> (paths
    /// relative to <paramref name="root"/>, the output folder, which the caller holds locked). When a write fails before
    /// the renames, nothing is replaced. When a rename fails, the files already renamed are put back; the
    /// <see cref="OutputFileException"/> names the file that failed, and lists in <see cref="OutputFileException.Replaced"/>
    /// any that could not be put back (their journal is then kept for the next run).
    /// </summary>
    internal static void WriteAll(IReadOnlyList<(string Path, byte[] Bytes)> files, string root, string journalFolder)
    {
        if (files.Count == 1)
        {
            Write(files[0].Path, files[0].Bytes);
            return;
        }
        var entries = new List<ReplaceEntry>(files.Count);
        string? journal = null;
        var keep = false;
        try
        {
            foreach (var (path, bytes) in files)
            {
                var entry = new ReplaceEntry(Path.GetFullPath(path), ScratchFile.Temp(path), null,
                    Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant());
                entries.Add(entry);
                WriteTemp(entry.Temp, path, bytes);
            }
            for (var i = 0; i < entries.Count; i++)
            {
                if (!File.Exists(entries[i].Target)) continue;
                entries[i] = entries[i] with { Backup = ScratchFile.Backup(entries[i].Target) };
                Guard(files[i].Path, () => HardLink.Create(entries[i].Target, entries[i].Backup!));
            }
            journal = ReplaceJournal.NewPath(journalFolder);
            Guard(files[0].Path, () => ReplaceJournal.Write(journal, root, entries));

            for (var i = 0; i < entries.Count; i++)
            {
                try
                {
                    Rename(entries[i].Temp, entries[i].Target, files[i].Path);
                }
                catch (Exception e)
                {
                    var kept = PutBack(entries.Take(i).Reverse().ToList(), files);
                    if (kept.Replaced.Count == 0) throw;
                    keep = true;
                    throw new OutputFileException(files[i].Path, e is OutputFileException o ? o.InnerException! : e)
                    {
                        Replaced = kept.Replaced,
                        RestoreFailure = kept.Why,
                    };
                }
                if (i == 0) CrashPoint.Reached("renamed");
            }
            Remove(journal);
        }
        finally
        {
            if (!keep)
            {
                if (journal is not null) Remove(journal);
                foreach (var entry in entries)
                {
                    Remove(entry.Temp);
                    if (entry.Backup is not null) Remove(entry.Backup);
                }
            }
        }
    }

    // Puts the earlier files back (or removes a new file that had no earlier one); returns those it could not, and why the first failed.
    private static (List<string> Replaced, string? Why) PutBack(IReadOnlyList<ReplaceEntry> renamed, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var replaced = new List<string>();
        string? why = null;
        foreach (var entry in renamed)
        {
            var given = files.First(f => Path.GetFullPath(f.Path) == entry.Target).Path;
            try
            {
                if (entry.Backup is null) File.Delete(entry.Target);
                else Rename(entry.Backup, entry.Target, given);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                replaced.Insert(0, given);
                why ??= OutputFileException.Describe(e is OutputFileException o ? o.InnerException! : e);
            }
        }
        return (replaced, why);
    }

    private static void Guard(string path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFileException(path, e);
        }
    }

    private static void Rename(string from, string to, string reported) => Guard(reported, () =>
    {
        if (RenameFault.Value?.Invoke(to) is { } fault) throw fault;
        File.Move(from, to, overwrite: true);
    });

    private static void WriteTemp(string temp, string path, byte[] bytes) => Guard(path, () =>
    {
        using var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        using var stream = StreamWrapper.Value?.Invoke(path, file) ?? file;
        stream.Write(bytes);
        stream.Flush();
        file.Flush(flushToDisk: true);
    });

    private static void Remove(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed or succeeded; a scratch file that cannot be removed changes neither, and the next run removes it.
        }
    }
}

/// <summary>An output file could not be written; <see cref="Path"/> is the file it would have become.</summary>
public sealed class OutputFileException(string path, Exception inner) : IOException(Describe(inner), inner)
{
    /// <summary>The output file (not the temporary one).</summary>
    public string Path { get; } = path;

    /// <summary>
    /// Files of the group that hold their new bytes and could not be put back: empty when every file of the group is as it
    /// was before. When not empty, the group's journal is kept and the next run into the folder finishes replacing it.
    /// </summary>
    public IReadOnlyList<string> Replaced { get; init; } = [];

    /// <summary>Why the first of <see cref="Replaced"/> could not be put back.</summary>
    public string? RestoreFailure { get; init; }

    /// <summary>What went wrong, in words a user acts on; the temporary file's name is left out.</summary>
    public static string Describe(Exception e) => e switch
    {
        OutputFileException o => o.Message,
        IOException io when io.HResult is DiskFullErrno or DiskFullHResult or HandleDiskFullHResult => "the disk is full",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    private const int DiskFullErrno = 28; // ENOSPC, as .NET reports it on Linux and macOS
    private const int DiskFullHResult = unchecked((int)0x80070070); // ERROR_DISK_FULL
    private const int HandleDiskFullHResult = unchecked((int)0x80070027); // ERROR_HANDLE_DISK_FULL
}
