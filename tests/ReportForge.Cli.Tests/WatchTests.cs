using System.Collections.Concurrent;

namespace ReportForge.Tests;

/// <summary>reportforge watch: renders again on every change of notes or template, and goes on after errors.</summary>
public sealed class WatchTests
{
    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static ReportResult Next(BlockingCollection<ReportResult> results) =>
        results.TryTake(out var result, TimeSpan.FromSeconds(60)) ? result : throw new TimeoutException("no render after the change");

    [Fact]
    public void Changes_to_notes_and_template_render_again_and_errors_do_not_stop_watching()
    {
        var dir = CliRunner.TempDir();
        CopyFolder(TestPaths.Template("daily-briefing"), Path.Combine(dir, "templates", "daily-briefing"));
        var notes = Path.Combine(dir, "notes.json");
        File.Copy(TestPaths.SampleNotes, notes);
        var results = new BlockingCollection<ReportResult>();
        var request = new ReportRequest
        {
            NotesPath = notes,
            Template = "daily-briefing",
            Formats = ["pdf"],
            OutputDirectory = Path.Combine(dir, "out"),
            TemplateFolders = [Path.Combine(dir, "templates")],
        };
        using var watcher = new ReportWatcher(request, results.Add, TimeSpan.FromMilliseconds(100));
        watcher.Start();
        Assert.True(Next(results).Succeeded);
        var pdf = Path.Combine(dir, "out", "notes.pdf");

        File.WriteAllText(notes, File.ReadAllText(notes).Replace("US/NATO–Russia talks on the Ukraine border crisis", "Changed title", StringComparison.Ordinal));
        var changed = Next(results);
        Assert.True(changed.Succeeded);
        Assert.Contains("Changed title", Readers.PdfText(pdf));

        File.WriteAllText(notes, "{ broken");
        var broken = Next(results);
        Assert.False(broken.Succeeded);
        Assert.Equal("RF1002", broken.Diagnostics[0].Code);
        Assert.Contains("Changed title", Readers.PdfText(pdf));

        File.Copy(TestPaths.SampleNotes, notes, overwrite: true);
        Assert.True(Next(results).Succeeded);

        // Any file of the template folder counts, not only the entry point: here the English strings.
        var strings = Path.Combine(dir, "templates", "daily-briefing", "strings", "en.json");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("\"Key points\"", "\"Main points\"", StringComparison.Ordinal));
        while (results.TryTake(out var r, TimeSpan.FromSeconds(60)))
        {
            if (Readers.PdfText(pdf).Contains("Main points", StringComparison.Ordinal)) return;
        }
        Assert.Fail("a template change did not render again");
    }
}
