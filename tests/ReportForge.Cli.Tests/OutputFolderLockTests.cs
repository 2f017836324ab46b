using System.Diagnostics;
using ReportForge.Batch;

namespace ReportForge.Tests;

/// <summary>
/// The output folder's lock: a run waits while another holds it, and under it removes only the scratch files of writers
/// that are no longer running. Nothing here waits on a clock: the tests hold the lock themselves and release it.
/// </summary>
public sealed class OutputFolderLockTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    /// <summary>The process id of a process that has ended.</summary>
    private static int EndedProcessId()
    {
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        return ended.Id;
    }

    private static string ScratchOf(int processId, string target) => $".{target}.{processId}.{Guid.NewGuid():N}.tmp";

    /// <summary>Holds the folder's lock as another ReportForge run would.</summary>
    private static FileStream HoldLock(string output)
    {
        Directory.CreateDirectory(Path.Combine(output, ".reportforge"));
        return new FileStream(Path.Combine(output, ".reportforge", "lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
    }

    [Fact]
    public void Scratch_files_of_ended_writers_are_removed_and_those_of_running_ones_kept()
    {
        var output = Path.Combine(CliRunner.TempDir(), "out");
        Directory.CreateDirectory(output);
        var ended = ScratchOf(EndedProcessId(), "talks-2022-01-11.pdf");
        using var writer = System.Diagnostics.Process.Start("sleep", "120");
        var running = ScratchOf(writer.Id, "other.pdf");
        foreach (var name in new[] { ended, running, ".notes.tmp", "x.123.tmp" }) File.WriteAllText(Path.Combine(output, name), "scratch");

        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "-f", "pdf", "--templates", TestPaths.Templates);
        writer.Kill();

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal($"{output}: warning RF1404: removed 1 temporary file that an interrupted run left ({output}/{ended})", result.Stderr.Trim());
        Assert.False(File.Exists(Path.Combine(output, ended)));
        foreach (var kept in new[] { running, ".notes.tmp", "x.123.tmp" }) Assert.True(File.Exists(Path.Combine(output, kept)), kept);
    }

    /// <summary>
    /// In a container every run is process 1: a scratch file with this process's id that this process did not write is
    /// an earlier run's, and goes.
    /// </summary>
    [Fact]
    public void A_scratch_file_of_an_earlier_process_with_this_id_is_removed()
    {
        var output = Path.Combine(CliRunner.TempDir(), "out");
        Directory.CreateDirectory(output);
        var earlier = ScratchOf(Environment.ProcessId, "talks-2022-01-11.pdf");
        File.WriteAllText(Path.Combine(output, earlier), "scratch");

        var result = CliRunner.InProcess("render", TestPaths.SampleNotes, "-o", output, "-f", "pdf", "--templates", TestPaths.Templates);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Equal($"{output}: warning RF1404: removed 1 temporary file that an interrupted run left ({output}/{earlier})", result.Stderr.Trim());
        Assert.Equal(["talks-2022-01-11.pdf"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Where(n => n != ".reportforge"));
    }

    [Fact]
    public async Task A_render_waits_for_the_run_holding_the_folder_and_removes_nothing_until_then()
    {
        var output = Path.Combine(CliRunner.TempDir(), "out");
        var held = HoldLock(output);
        var stale = Path.Combine(output, ScratchOf(EndedProcessId(), "talks-2022-01-11.pdf"));
        File.WriteAllText(stale, "scratch");
        var waiting = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var render = Task.Run(() => ReportEngine.Render(new ReportRequest
        {
            NotesPath = TestPaths.SampleNotes, OutputDirectory = output, Formats = ["pdf"], TemplateFolders = [TestPaths.Templates],
            WaitingForOutputFolder = path => waiting.TrySetResult(path),
        }));

        Assert.Equal(Path.Combine(output, ".reportforge", "lock"), await waiting.Task.WaitAsync(HangGuard));
        Assert.False(render.IsCompleted);
        Assert.True(File.Exists(stale), "a scratch file was removed while another run held the folder");
        Assert.False(File.Exists(Path.Combine(output, "talks-2022-01-11.pdf")));

        held.Dispose();
        var rendered = await render.WaitAsync(HangGuard);
        Assert.True(rendered.Succeeded, string.Join("\n", rendered.Diagnostics));
        Assert.True(File.Exists(Path.Combine(output, "talks-2022-01-11.pdf")));
        Assert.False(File.Exists(stale));
    }

    [Fact]
    public async Task A_second_build_process_waits_says_so_and_then_builds()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.WriteAllText(Path.Combine(dir, "input", "a.json"), OutputTree.TinyNotes("A"));
        File.WriteAllText(Path.Combine(dir, "reportforge.json"), """{ "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        var output = Path.Combine(dir, "out");
        var held = HoldLock(output);
        var stale = Path.Combine(output, ScratchOf(EndedProcessId(), "a.pdf"));
        File.WriteAllText(stale, "scratch");

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "reportforge.dll"), "build", "--templates", templates }) start.ArgumentList.Add(arg);
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var build = Process.Start(start)!;
        var stdout = build.StandardOutput.ReadToEndAsync();
        try
        {
            var first = await build.StandardError.ReadLineAsync().WaitAsync(HangGuard);
            Assert.Equal("out/.reportforge/lock: waiting for another reportforge run to finish writing into this output folder", first);
            Assert.False(build.HasExited);
            Assert.True(File.Exists(stale));
            Assert.False(File.Exists(Path.Combine(output, "manifest.json")));

            held.Dispose();
            var rest = await build.StandardError.ReadToEndAsync().WaitAsync(HangGuard);
            await build.WaitForExitAsync().WaitAsync(HangGuard);
            Assert.True(build.ExitCode == 0, rest);
            Assert.Contains("1 written, 0 up to date, 0 failed", await stdout);
            Assert.False(File.Exists(stale));
            OutputTree.AssertManifestMatchesFiles(dir);
        }
        finally
        {
            held.Dispose();
            if (!build.HasExited) build.Kill();
        }
    }

    [Fact]
    public void A_build_removes_stale_scratch_files_in_its_subfolders_but_not_in_another_output_folder_inside()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        File.WriteAllText(Path.Combine(dir, "input", "a.json"), OutputTree.TinyNotes("A"));
        var output = Path.Combine(dir, "out");
        Directory.CreateDirectory(Path.Combine(output, "deep", "er"));
        Directory.CreateDirectory(Path.Combine(output, "rendered", ".reportforge"));
        var deep = Path.Combine(output, "deep", "er", ScratchOf(EndedProcessId(), "x.pdf"));
        var otherFolders = Path.Combine(output, "rendered", ScratchOf(EndedProcessId(), "y.pdf"));
        File.WriteAllText(deep, "scratch");
        File.WriteAllText(otherFolders, "scratch");
        var manifest = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");

        var result = BuildRunner.Run(BuildManifest.Load(manifest).Value, new BuildOptions { TemplateFolders = [templates] });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(deep));
        Assert.True(File.Exists(otherFolders), "a scratch file of another output folder (it has its own lock) was removed");
        Assert.Contains(result.Diagnostics, d => d.Code == "RF1404" && d.Message.StartsWith("removed 1 temporary file", StringComparison.Ordinal));
    }
}
