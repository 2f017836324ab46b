namespace ReportForge.Tests;

/// <summary>reportforge watch goes on after a bug in one render and after its template folder is deleted or renamed and made again.</summary>
public sealed class WatchSurvivalTests
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(50);

    // A template "mine" in templates/ of a fresh folder, notes for it, and a request that renders them.
    private static (string Dir, string Notes, string Template, ReportRequest Request) Setup()
    {
        var dir = CliRunner.TempDir();
        var template = Path.Combine(dir, "templates", "mine");
        Directory.CreateDirectory(template);
        File.WriteAllText(Path.Combine(template, "template.json"), """{ "name": "mine" }""");
        File.WriteAllText(Path.Combine(template, "template.sbn"), "# {{ title }}\n");
        var notes = Path.Combine(dir, "notes.json");
        File.WriteAllText(notes, """{ "title": "T" }""");
        return (dir, notes, template, WatchSession.PdfRequest(dir, notes, "mine"));
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

    // Waits for a render that saw the marker file say `text`.
    private static void WaitForMarker(WatchSession watch, string text) => watch.WaitFor(result => result.Written.Contains(text), $"no render saw '{text}'");

    [Fact]
    public void A_bug_in_one_render_is_reported_as_RF1999_and_watching_goes_on()
    {
        var (_, notes, _, request) = Setup();
        var calls = 0;
        using var watch = new WatchSession(request, Debounce, _ =>
            Interlocked.Increment(ref calls) == 2 ? throw new InvalidOperationException("a lone surrogate") : new ReportResult(["ok"], [], 1));
        Assert.True(watch.Start().Succeeded);

        File.WriteAllText(notes, """{ "title": "\ud800" }""");
        var failed = watch.Next();
        var error = Assert.Single(failed.Diagnostics);
        Assert.Equal($"{notes}: error RF1999: internal error: a lone surrogate (this is a bug in ReportForge; still watching)", error.ToString());

        File.WriteAllText(notes, """{ "title": "U" }""");
        Assert.Equal(["ok"], watch.Next().Written);
    }

    [Fact]
    public void Edits_are_noticed_after_the_template_folder_is_deleted_and_made_again()
    {
        var (dir, _, template, request) = Setup();
        using var watch = new WatchSession(request, Debounce, _ => ReadMarker(template));
        watch.Start();

        var copy = Path.Combine(dir, "copy");
        CliRunner.CopyFolder(template, copy);
        Directory.Delete(template, recursive: true);
        Directory.CreateDirectory(template);
        CliRunner.CopyFolder(copy, template);
        File.WriteAllText(Path.Combine(template, "marker.txt"), "recreated");
        WaitForMarker(watch, "recreated");

        File.WriteAllText(Path.Combine(template, "marker.txt"), "edited after");
        WaitForMarker(watch, "edited after");
    }

    [Fact]
    public void Edits_are_noticed_after_the_template_folder_is_renamed_away_and_another_renamed_into_its_place()
    {
        var (dir, _, template, request) = Setup();
        using var watch = new WatchSession(request, Debounce, _ => ReadMarker(template));
        watch.Start();

        var fresh = Path.Combine(dir, "templates", "mine.new");
        CliRunner.CopyFolder(template, fresh);
        File.WriteAllText(Path.Combine(fresh, "marker.txt"), "swapped in");
        Directory.Move(template, Path.Combine(dir, "templates", "mine.old"));
        Directory.Move(fresh, template);
        WaitForMarker(watch, "swapped in");

        // The old folder, now elsewhere, no longer counts; the one in its place does.
        File.WriteAllText(Path.Combine(template, "marker.txt"), "edited after the swap");
        WaitForMarker(watch, "edited after the swap");
    }
}
