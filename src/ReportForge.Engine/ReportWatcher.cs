using ReportForge.Templating;

namespace ReportForge;

/// <summary>
/// Renders a report, then again whenever the notes or any file of the template folder (and
/// templates/_shared) changes. Changes are debounced; a render that fails reports its errors and
/// watching goes on.
/// </summary>
public sealed class ReportWatcher : IDisposable
{
    private readonly ReportRequest _request;
    private readonly Action<ReportResult> _onRendered;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly object _gate = new();
    private bool _rendering;
    private bool _pending;

    /// <summary>Creates a watcher; nothing happens until <see cref="Start"/>.</summary>
    public ReportWatcher(ReportRequest request, Action<ReportResult> onRendered, TimeSpan? debounce = null)
    {
        _request = request;
        _onRendered = onRendered;
        Debounce = debounce ?? TimeSpan.FromMilliseconds(200);
        _debounce = new Timer(_ => Render(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>How long to wait for a burst of changes to settle.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>The folders being watched.</summary>
    public IReadOnlyList<string> Folders => _watchers.Select(w => w.Path).ToList();

    /// <summary>Renders once and starts watching.</summary>
    public void Start()
    {
        if (_request.NotesPath is { } notes)
            Watch(Path.GetDirectoryName(Path.GetFullPath(notes))!, Path.GetFileName(notes), subdirectories: false);
        if (TemplateLocator.Locate(_request.Template, _request.TemplateFolders) is DirectoryTemplateSource template)
        {
            Watch(template.Root, "*", subdirectories: true);
            var shared = Path.Combine(Path.GetDirectoryName(template.Root)!, "_shared");
            if (Directory.Exists(shared)) Watch(shared, "*", subdirectories: true);
        }
        Render();
    }

    private void Watch(string folder, string filter, bool subdirectories)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime | NotifyFilters.DirectoryName,
        };
        watcher.Changed += (_, _) => Changed();
        watcher.Created += (_, _) => Changed();
        watcher.Deleted += (_, _) => Changed();
        watcher.Renamed += (_, _) => Changed();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Changed() => _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);

    private void Render()
    {
        lock (_gate)
        {
            if (_rendering) { _pending = true; return; }
            _rendering = true;
        }
        try
        {
            do
            {
                lock (_gate) _pending = false;
                _onRendered(ReportEngine.Render(_request));
            }
            while (Volatile.Read(ref _pending));
        }
        finally
        {
            lock (_gate) _rendering = false;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _debounce.Dispose();
    }
}
