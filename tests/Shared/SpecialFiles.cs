using System.Diagnostics;

namespace ReportForge.Tests;

/// <summary>
/// Real symbolic links, FIFOs and huge sparse files in a temporary folder, for the tests of what ReportForge refuses
/// to read; and a hang guard, so a check that regresses into reading a FIFO fails its test instead of hanging the suite.
/// </summary>
internal sealed class SpecialFiles : IDisposable
{
    private readonly List<string> _fifos = [];

    public SpecialFiles()
    {
        Dir = Path.Combine(Path.GetTempPath(), "rf-special-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Dir);
    }

    /// <summary>The temporary folder (deleted on dispose).</summary>
    public string Dir { get; }

    /// <summary>The longest any single check may take before its test fails as hung; generous, so a busy machine never trips it.</summary>
    public static TimeSpan HangGuard { get; } = TimeSpan.FromSeconds(60);

    /// <summary>A path under the folder (its parent folders made).</summary>
    public string PathOf(string relative)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>Writes a file under the folder.</summary>
    public string File(string relative, string text)
    {
        var path = PathOf(relative);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A symbolic link at <paramref name="relative"/> pointing to <paramref name="target"/> (as given: relative or absolute).</summary>
    public string Link(string relative, string target)
    {
        var path = PathOf(relative);
        System.IO.File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>A FIFO (named pipe) made with mkfifo.</summary>
    public string Fifo(string relative)
    {
        var path = PathOf(relative);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        Assert.True(mkfifo.WaitForExit(30_000), "mkfifo did not finish");
        Assert.Equal(0, mkfifo.ExitCode);
        _fifos.Add(path);
        return path;
    }

    /// <summary>A sparse file that claims <paramref name="bytes"/> bytes but takes no room on disk.</summary>
    public string Sparse(string relative, long bytes)
    {
        var path = PathOf(relative);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        stream.SetLength(bytes);
        return path;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a thread of its own and fails the test if it has not finished within
    /// <see cref="HangGuard"/> (a read stuck on a FIFO); the FIFOs made here are then opened for writing, which lets
    /// such a read go on and end.
    /// </summary>
    public T WithoutHanging<T>(Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        if (task.Wait(HangGuard)) return task.Result;
        ReleaseFifos();
        Assert.Fail($"the check did not finish within {HangGuard.TotalSeconds} s: it is stuck (reading a FIFO?)");
        return default!;
    }

    private void ReleaseFifos()
    {
        foreach (var fifo in _fifos)
        {
            // Opening the write end returns at once when a reader is waiting; with none it would wait, so not here.
            var opener = Task.Run(() => { using var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write); });
            opener.Wait(TimeSpan.FromSeconds(1));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
