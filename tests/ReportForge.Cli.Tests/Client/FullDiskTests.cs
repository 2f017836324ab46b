using System.Diagnostics;

namespace ReportForge.Tests.Client;

/// <summary>
/// A build onto a disk that is really full: a small tmpfs mounted over the output folder, filled until 16 KB are left
/// (room for the journal and the manifest, not for a PDF). Needs root to mount; .ci/run runs as root.
/// </summary>
[Trait("Category", "Client")]
public sealed class FullDiskTests
{
    private const int Left = 16 * 1024;

    private static void Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', args)} failed ({error.Trim()}); mounting a tmpfs needs root");
    }

    private static void FillLeaving(string folder, string filler, int left)
    {
        using var file = new FileStream(Path.Combine(folder, filler), FileMode.Create, FileAccess.Write);
        var chunk = new byte[64 * 1024];
        try
        {
            while (true) file.Write(chunk);
        }
        catch (IOException)
        {
            // ENOSPC: the disk is full.
        }
        file.SetLength(Math.Max(0, file.Length - left));
    }

    [Fact]
    public void A_full_disk_keeps_every_file_listed_as_it_is_and_the_next_build_recovers()
    {
        var templates = OutputTree.TinyTemplates();
        var dir = CliRunner.TempDir();
        Directory.CreateDirectory(Path.Combine(dir, "input"));
        for (var i = 1; i <= 4; i++) File.WriteAllText(Path.Combine(dir, "input", $"n{i}.json"), OutputTree.TinyNotes($"Before {i}"));
        var manifest = Path.Combine(dir, "reportforge.json");
        File.WriteAllText(manifest, """{ "jobs": [ { "notes": "input/*.json", "template": "tiny" } ] }""");
        var output = Directory.CreateDirectory(Path.Combine(dir, "out")).FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", output);
        try
        {
            Assert.Equal(0, CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "-j", "1").ExitCode);
            var before = OutputTree.AssertManifestMatchesFiles(dir);
            Assert.Equal(8, before.Count);
            Assert.True(new FileInfo(Path.Combine(output, "n1.pdf")).Length > Left, "the test needs a PDF larger than the space left");

            for (var i = 1; i <= 4; i++) File.WriteAllText(Path.Combine(dir, "input", $"n{i}.json"), OutputTree.TinyNotes($"After {i}"));
            FillLeaving(output, "filler", Left);
            var full = CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "-j", "1");

            Assert.Equal(1, full.ExitCode);
            Assert.Contains("error RF1401: cannot write the output: the disk is full; no file of this job was written", full.Stderr);
            Assert.Equal(before, OutputTree.AssertManifestMatchesFiles(dir));
            Assert.DoesNotContain(OutputTree.LeftOvers(output), f => !f.EndsWith("build.journal", StringComparison.Ordinal));

            File.Delete(Path.Combine(output, "filler"));
            var next = CliRunner.InProcess("build", "-m", manifest, "--templates", templates, "-j", "1");
            Assert.True(next.ExitCode == 0, next.Stderr);
            var after = OutputTree.AssertManifestMatchesFiles(dir);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            Assert.All(before, b => Assert.NotEqual(b.Value, after[b.Key]));
            Assert.Empty(OutputTree.LeftOvers(output));
        }
        finally
        {
            Run("umount", output);
        }
    }
}
