namespace ReportForge.Tests;

/// <summary>reportforge watch: renders again on every change of notes or template, and goes on after errors.</summary>
public sealed class WatchTests
{
    [Fact]
    public void Changes_to_notes_and_template_render_again_and_errors_do_not_stop_watching()
    {
        var dir = CliRunner.TempDir();
        CliRunner.CopyFolder(TestPaths.Template("daily-briefing"), Path.Combine(dir, "templates", "daily-briefing"));
        var notes = Path.Combine(dir, "notes.json");
        File.Copy(TestPaths.SampleNotes, notes);
        using var watch = new WatchSession(WatchSession.PdfRequest(dir, notes, "daily-briefing"), TimeSpan.FromMilliseconds(100));
        Assert.True(watch.Start().Succeeded);
        var pdf = Path.Combine(dir, "out", "notes.pdf");

        File.WriteAllText(notes, File.ReadAllText(notes).Replace("US/NATO–Russia talks on the Ukraine border crisis", "Changed title", StringComparison.Ordinal));
        var changed = watch.Next();
        Assert.True(changed.Succeeded);
        Assert.Contains("Changed title", Readers.PdfText(pdf));

        File.WriteAllText(notes, "{ broken");
        var broken = watch.Next();
        Assert.False(broken.Succeeded);
        Assert.Equal("RF1002", broken.Diagnostics[0].Code);
        Assert.Contains("Changed title", Readers.PdfText(pdf));

        File.Copy(TestPaths.SampleNotes, notes, overwrite: true);
        Assert.True(watch.Next().Succeeded);

        // Any file of the template folder counts, not only the entry point: here the English strings.
        var strings = Path.Combine(dir, "templates", "daily-briefing", "strings", "en.json");
        File.WriteAllText(strings, File.ReadAllText(strings).Replace("\"Key points\"", "\"Main points\"", StringComparison.Ordinal));
        watch.WaitFor(_ => Readers.PdfText(pdf).Contains("Main points", StringComparison.Ordinal), "a template change did not render again");
    }

    [Fact]
    public void A_change_of_the_previous_notes_renders_again()
    {
        var dir = CliRunner.TempDir();
        var notes = Path.Combine(dir, "notes.json");
        var previous = Path.Combine(dir, "previous.json");
        CliRunner.CopyFolder(TestPaths.Template("daily-briefing"), Path.Combine(dir, "templates", "daily-briefing"));
        File.Copy(Path.Combine(TestPaths.Root, "input", "talks-2022-01-12.json"), notes);
        File.Copy(TestPaths.SampleNotes, previous);
        var request = WatchSession.PdfRequest(dir, notes, "daily-briefing") with { PreviousNotesPath = previous };
        using var watch = new WatchSession(request, TimeSpan.FromMilliseconds(100));
        Assert.True(watch.Start().Succeeded);

        File.WriteAllText(previous, "{ broken");
        var broken = watch.Next();
        Assert.False(broken.Succeeded);
        Assert.Equal(("RF1002", previous), (broken.Diagnostics[0].Code, broken.Diagnostics[0].Location!.File));
    }
}
