using ReportForge.Diagnostics;
using ReportForge.Templating;

namespace ReportForge;

/// <summary>
/// Renders a report, then again whenever the notes or any file of the template folder (and
/// templates/_shared) changes. Changes are debounced; a render that fails reports its errors and
/// watching goes on, even when the failure is a bug (RF1999) or the template folder is deleted, renamed
/// and made again.
/// </summary>
public sealed class ReportWatcher : IDisposable
{
    private readonly ReportRequest _request;
    private readonly Action<ReportResult> _onRendered;
    private readonly Func<ReportRequest, ReportResult> _render;
    private readonly List<FolderWatch> _watches = [];
    private readonly Timer _debounce;
    private readonly object _gate = new();
    private bool _rendering;
    private bool _pending;

    /// <summary>Creates a watcher; nothing happens until <see cref="Start"/>.</summary>
    public ReportWatcher(ReportRequest request, Action<ReportResult> onRendered, TimeSpan? debounce = null)
        : this(request, onRendered, debounce, ReportEngine.Render)
    {
    }

    internal ReportWatcher(ReportRequest request, Action<ReportResult> onRendered, TimeSpan? debounce, Func<ReportRequest, ReportResult> render)
    {
        _request = request;
        _onRendered = onRendered;
        _render = render;
        Debounce = debounce ?? TimeSpan.FromMilliseconds(200);
        _debounce = new Timer(_ => Render(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>How long to wait for a burst of changes to settle.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>The folders being watched.</summary>
    public IReadOnlyList<string> Folders => _watches.Select(w => w.Folder).ToList();

    /// <summary>Renders once and starts watching.</summary>
    public void Start()
    {
        if (_request.NotesPath is { Length: > 0 } notes)
            _watches.Add(new FolderWatch(Path.GetDirectoryName(Path.GetFullPath(notes))!, Path.GetFileName(notes), subdirectories: false, Changed));
        if (_request.PreviousNotesPath is { Length: > 0 } previous)
            _watches.Add(new FolderWatch(Path.GetDirectoryName(Path.GetFullPath(previous))!, Path.GetFileName(previous), subdirectories: false, Changed));
        if (TemplateLocator.Locate(_request.Template, _request.TemplateFolders) is DirectoryTemplateSource template)
        {
            _watches.Add(new FolderWatch(template.Root, "*", subdirectories: true, Changed));
            if (template.Shared is DirectoryTemplateSource shared) _watches.Add(new FolderWatch(shared.Root, "*", subdirectories: true, Changed));
        }
        Render();
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
                _onRendered(RenderOnce());
            }
            while (Volatile.Read(ref _pending));
        }
        finally
        {
            lock (_gate) _rendering = false;
        }
    }

    // Renders run on a timer thread, where an exception would end the process: a bug in one render is
    // reported like any error, and the next change renders again.
    private ReportResult RenderOnce()
    {
        try
        {
            return _render(_request);
        }
        catch (Exception e)
        {
            var location = _request.NotesPath is { } notes ? SourceLocation.OfFile(notes) : null;
            return new ReportResult([], [new Diagnostic(ErrorCodes.InternalError, Severity.Error,
                $"internal error: {e.Message} (this is a bug in ReportForge; still watching)", location)], 0);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var watch in _watches) watch.Dispose();
        _debounce.Dispose();
    }
}
