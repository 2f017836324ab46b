using System.Collections.Concurrent;

namespace ReportForge.Tests;

/// <summary>reportforge watch goes on after a bug in one render and after its template folder is deleted or renamed and made again.</summary>
public sealed class WatchSurvivalTests
{
    private static ReportResult Next(BlockingCollection<ReportResult> results) =>
        results.TryTake(out var result, TimeSpan.FromSeconds(60)) ? result : throw new TimeoutException("no render after the change");

    // Waits (under a generous hang guard) for a render that saw the marker file say `text`.
    private static void WaitFor(BlockingCollection<ReportResult> results, string text)
    {
        while (results.TryTake(out var result, TimeSpan.FromSeconds(60)))
        {
            if (result.Written.Contains(text)) return;
        }
        Assert.Fail($"no render saw '{text}'");
    }

    private static (string Dir, string Notes, ReportRequest Request) Setup()
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "templates", "mine");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "mine" }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "# {{ title }}\n");
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """{ "title": "T" }""");
        return (dir, notes, new ReportRequest { NotesPath = notes, Template = "mine", Formats = ["pdf"], OutputDirectory = Path.Combine(dir, "out"), TemplateFolders = [Path.Combine(dir, "templates")] });
    }

    // A render that reports what marker.txt of the template folder says, so the test sees which edits were noticed.
    private static ReportResult ReadMarker(string template)
    {
        var marker = Path.Combine(template, "marker.txt");
        try
        {
            return new ReportResult(File.Exists(marker) ? [File.ReadAllText(marker)] : [], [], 1);
        }
        catch (IOException)
        {
            return new ReportResult([], [], 1);
        }
    }

    [Fact]
    public void A_bug_in_one_render_is_reported_as_RF1999_and_watching_goes_on()
    {
        var (_, notes, request) = Setup();
        var calls = 0;
        var results = new BlockingCollection<ReportResult>();
        using var watcher = new ReportWatcher(request, results.Add, TimeSpan.FromMilliseconds(50), _ =>
            Interlocked.Increment(ref calls) == 2 ? throw new InvalidOperationException("a lone surrogate") : new ReportResult(["ok"], [], 1));
        watcher.Start();
        Assert.True(Next(results).Succeeded);

        File.WriteAllText(notes, """{ "title": "\ud800" }""");
        var failed = Next(results);
        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal($"{notes}: error RF1999: internal error: a lone surrogate (this is a bug in ReportForge; still watching)", error.ToString());

        File.WriteAllText(notes, """{ "title": "U" }""");
        Assert.Equal(["ok"], Next(results).Written);
    }

    [Fact]
    public void Edits_are_noticed_after_the_template_folder_is_deleted_and_made_again()
    {
        var (dir, _, request) = Setup();
        var template = Path.Combine(dir, "templates", "mine");
        var results = new BlockingCollection<ReportResult>();
        using var watcher = new ReportWatcher(request, results.Add, TimeSpan.FromMilliseconds(50), _ => ReadMarker(template));
        watcher.Start();
        Next(results);

        var copy = Path.Combine(dir, "copy");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(template)) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        Directory.Delete(template, recursive: true);
        Directory.CreateDirectory(template);
        foreach (var file in Directory.GetFiles(copy)) File.Copy(file, Path.Combine(template, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(template, "marker.txt"), "recreated");
        WaitFor(results, "recreated");

        File.WriteAllText(Path.Combine(template, "marker.txt"), "edited after");
        WaitFor(results, "edited after");
    }

    [Fact]
    public void Edits_are_noticed_after_the_template_folder_is_renamed_away_and_another_renamed_into_its_place()
    {
        var (dir, _, request) = Setup();
        var template = Path.Combine(dir, "templates", "mine");
        var results = new BlockingCollection<ReportResult>();
        using var watcher = new ReportWatcher(request, results.Add, TimeSpan.FromMilliseconds(50), _ => ReadMarker(template));
        watcher.Start();
        Next(results);

        var fresh = Path.Combine(dir, "templates", "mine.new");
        Directory.CreateDirectory(fresh);
        foreach (var file in Directory.GetFiles(template)) File.Copy(file, Path.Combine(fresh, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(fresh, "marker.txt"), "swapped in");
        Directory.Move(template, Path.Combine(dir, "templates", "mine.old"));
        Directory.Move(fresh, template);
        WaitFor(results, "swapped in");

        // The old folder, now elsewhere, no longer counts; the one in its place does.
        File.WriteAllText(Path.Combine(template, "marker.txt"), "edited after the swap");
        WaitFor(results, "edited after the swap");
    }
}
