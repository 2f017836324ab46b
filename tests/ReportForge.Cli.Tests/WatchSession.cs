using System.Collections.Concurrent;

namespace ReportForge.Tests;

/// <summary>A watcher under test that hands the test each render it reports, in order, under generous hang guards.</summary>
internal sealed class WatchSession : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    // Never disposed: a render still running as the watcher stops may yet report into it.
    private readonly BlockingCollection<ReportResult> _results = new();
    private readonly ReportWatcher _watcher;

    /// <summary>Watches for <paramref name="request"/>, rendering with <paramref name="render"/> (the engine when none).</summary>
    public WatchSession(ReportRequest request, TimeSpan debounce, Func<ReportRequest, ReportResult>? render = null) =>
        _watcher = new ReportWatcher(request, _results.Add, debounce, render ?? ReportEngine.Render);

    /// <summary>A request to render <paramref name="notes"/> as PDF into <c>out/</c> of <paramref name="dir"/>, with a template of its <c>templates/</c>.</summary>
    public static ReportRequest PdfRequest(string dir, string notes, string template) => new()
    {
        NotesPath = notes,
        Template = template,
        Formats = ["pdf"],
        OutputDirectory = Path.Combine(dir, "out"),
        TemplateFolders = [Path.Combine(dir, "templates")],
    };

    /// <summary>Starts watching; the first render's result.</summary>
    public ReportResult Start()
    {
        _watcher.Start();
        return Next();
    }

    /// <summary>The next render's result.</summary>
    public ReportResult Next() =>
        _results.TryTake(out var result, HangGuard) ? result : throw new TimeoutException("no render after the change");

    /// <summary>Waits for a render after which <paramref name="seen"/> holds; fails with <paramref name="failure"/> when renders stop first.</summary>
    public void WaitFor(Func<ReportResult, bool> seen, string failure)
    {
        while (_results.TryTake(out var result, HangGuard))
        {
            if (seen(result)) return;
        }
        Assert.Fail(failure);
    }

    /// <inheritdoc />
    public void Dispose() => _watcher.Dispose();
}
