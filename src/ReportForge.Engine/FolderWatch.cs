namespace ReportForge;

/// <summary>
/// A file-system watch on one folder that outlives the folder: a watch ends when its folder is deleted or
/// renamed, so the parent is watched for that name too, and the watch is made again when the folder comes back.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _filter;
    private readonly bool _subdirectories;
    private readonly Action _changed;
    private readonly FileSystemWatcher? _parent;
    private readonly object _gate = new();
    private FileSystemWatcher? _watcher;
    private bool _disposed;

    public FolderWatch(string folder, string filter, bool subdirectories, Action changed)
    {
        Folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _filter = filter;
        _subdirectories = subdirectories;
        _changed = changed;
        if (Path.GetDirectoryName(Folder) is { } parent && Directory.Exists(parent))
        {
            // Every folder of the parent, the name compared here: a rename is matched by its new name or its old one.
            _parent = new FileSystemWatcher(parent) { NotifyFilter = NotifyFilters.DirectoryName };
            _parent.Created += (_, e) => RearmIf(e.FullPath);
            _parent.Deleted += (_, e) => RearmIf(e.FullPath);
            _parent.Renamed += (_, e) => { if (!RearmIf(e.FullPath)) RearmIf(e.OldFullPath); };
            _parent.Error += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
        }
        Arm();
    }

    /// <summary>The folder watched.</summary>
    public string Folder { get; }

    private void Arm()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
            if (_disposed || !Directory.Exists(Folder)) return;
            var watcher = new FileSystemWatcher(Folder, _filter)
            {
                IncludeSubdirectories = _subdirectories,
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, _) => _changed();
            watcher.Created += (_, _) => _changed();
            watcher.Deleted += (_, _) => _changed();
            watcher.Renamed += (_, _) => _changed();
            watcher.Error += (_, _) => Rearm();
            try
            {
                watcher.EnableRaisingEvents = true;
                _watcher = watcher;
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // The folder went away again between the check and the watch; its parent's next event re-arms.
                watcher.Dispose();
            }
        }
    }

    private bool RearmIf(string path)
    {
        if (!string.Equals(Path.TrimEndingDirectorySeparator(path), Folder, StringComparison.Ordinal)) return false;
        Rearm();
        return true;
    }

    private void Rearm()
    {
        Arm();
        _changed();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _watcher?.Dispose();
            _watcher = null;
        }
        _parent?.Dispose();
    }
}
