using ReportForge.Diagnostics;

namespace ReportForge.Output;

/// <summary>
/// An output folder this run writes into. Opening it creates the folder and its state folder <c>.reportforge/</c>, takes
/// the folder's lock (waiting while another run holds it), finishes the replacements an interrupted run left (their
/// journals) and removes the scratch files such runs left; disposing it lets the lock go. While it is open no other
/// ReportForge run writes into the folder, so whatever scratch file or journal is found here is left over.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    /// <summary>The state folder's name inside an output folder.</summary>
    public const string StateFolderName = ".reportforge";

    private readonly OutputFolderLock _lock;
    private readonly string _displayRoot;

    private OutputFolder(string root, string displayRoot, OutputFolderLock folderLock)
    {
        Root = root;
        _displayRoot = displayRoot;
        _lock = folderLock;
    }

    /// <summary>The folder, as a full path without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>The state folder (lock, journals).</summary>
    public string StateFolder => Path.Combine(Root, StateFolderName);

    /// <summary>
    /// Opens <paramref name="root"/> for writing; <paramref name="displayRoot"/> is how messages name it. With
    /// <paramref name="subfolders"/> the folders under it are swept too (a build's output patterns may make them).
    /// Warnings say what was recovered; an error (RF1401) when the folder cannot be made, locked or recovered.
    /// </summary>
    public static Result<OutputFolder> Open(string root, string displayRoot, bool subfolders, Action<string>? waiting, CancellationToken cancellation)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var display = (string relative) => Show(displayRoot, relative);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(displayRoot,
                $"cannot create the output folder: {(File.Exists(full) ? "a file of that name is in the way" : OutputFileException.Describe(e))}");
        }

        OutputFolderLock? folderLock = null;
        try
        {
            var state = Path.Combine(full, StateFolderName);
            Directory.CreateDirectory(state);
            folderLock = OutputFolderLock.Acquire(Path.Combine(state, "lock"), waiting is null ? null : _ => waiting(display(StateFolderName + "/lock")),
                cancellation);
            var notes = new List<Diagnostic>(ReplaceJournal.Recover(full, state, path => display(Path.GetRelativePath(full, path))));
            var removed = StaleScratch.Sweep(full, subfolders);
            if (removed.Count > 0)
            {
                notes.Add(new Diagnostic(ErrorCodes.OutputRecovered, Severity.Warning,
                    $"removed {removed.Count} temporary file{(removed.Count == 1 ? "" : "s")} that an interrupted run left " +
                        $"({string.Join(", ", removed.Take(3).Select(p => display(Path.GetRelativePath(full, p))))}{(removed.Count > 3 ? ", …" : "")})",
                    SourceLocation.OfFile(displayRoot)));
            }
            return Result<OutputFolder>.Ok(new OutputFolder(full, displayRoot, folderLock), notes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            folderLock?.Dispose();
            return Fail(displayRoot, $"cannot prepare the output folder: {OutputFileException.Describe(e)}");
        }
    }

    /// <summary>How messages name a file of this folder.</summary>
    public string Display(string path) => Show(_displayRoot, Path.GetRelativePath(Root, Path.GetFullPath(path)));

    /// <summary>
    /// Replaces <paramref name="files"/> all or none (see <see cref="AtomicFile"/>); null when done, else the error:
    /// RF1401 when every file is as it was, RF1405 when some were replaced and could not be put back. <paramref name="what"/>
    /// names the group in the message ("this report", "this job"); <paramref name="replaced"/> holds the files that hold
    /// their new bytes after all (with RF1405).
    /// </summary>
    public Diagnostic? Replace(IReadOnlyList<(string Path, byte[] Bytes)> files, string what, out IReadOnlyList<string> replaced)
    {
        replaced = [];
        try
        {
            AtomicFile.WriteAll(files, Root, StateFolder);
            replaced = files.Select(f => f.Path).ToList();
            return null;
        }
        catch (OutputFileException e) when (e.Replaced.Count == 0)
        {
            return new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error,
                $"cannot write the output: {e.Message}; no file of {what} was written, and earlier ones are as they were",
                    SourceLocation.OfFile(Display(e.Path)));
        }
        catch (OutputFileException e)
        {
            replaced = e.Replaced;
            var others = files.Select(f => f.Path).Where(p => !e.Replaced.Contains(p)).ToList();
            string Was(int count) => count == 1 ? "was" : "were";
            var newer = string.Join(" and ", e.Replaced.Select(Display));
            return new Diagnostic(ErrorCodes.OutputHalfReplaced, Severity.Error,
                $"cannot write the output: {e.Message}; {newer} {Was(e.Replaced.Count)} replaced with the new version but "
                + $"{string.Join(" and ", others.Select(Display))} {Was(others.Count)} not, and the earlier {newer} could not be put back "
                + $"({e.RestoreFailure}); the next run into {_displayRoot} finishes replacing them", SourceLocation.OfFile(Display(e.Path)));
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private static string Show(string displayRoot, string relative) => Path.Combine(displayRoot, relative.Replace('\\', '/'));

    private static Result<OutputFolder> Fail(string displayRoot, string message) =>
        Result<OutputFolder>.Fail(new Diagnostic(ErrorCodes.OutputWriteFailed, Severity.Error, message, SourceLocation.OfFile(displayRoot)));
}
