using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Tests;

/// <summary>Issue 21: --track-changes on the command line (render and build), its author and date, and a PDF it leaves alone.</summary>
public sealed class TrackChangesCliTests
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static List<(string Kind, string Author, string Date, string Text)> Revisions(string docx)
    {
        using var word = WordprocessingDocument.Open(docx, false);
        return word.MainDocumentPart!.Document!.Body!.Descendants()
            .Where(e => e is W.InsertedRun or W.DeletedRun)
            .Select(e => (e.LocalName, e.GetAttribute("author", WordNs).Value!, e.GetAttribute("date", WordNs).Value!,
                string.Concat(e.Descendants().Where(t => t is W.Text or W.DeletedText).Select(t => t.InnerText))))
            .ToList();
    }

    [Fact]
    public void Render_writes_revisions_dated_by_source_date_epoch_and_the_same_pdf_as_without()
    {
        var work = RevisionSample.Create();
        var epoch = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1641969000" }; // 2022-01-12 06:30 UTC
        var tracked = CliRunner.Process(work, epoch, "render", "notes.json", "-t", "tpl", "-o", "tracked", "--track-changes");
        Assert.True(tracked.ExitCode == 0, tracked.Stderr);
        var plain = CliRunner.Process(work, epoch, "render", "notes.json", "-t", "tpl", "-o", "plain");
        Assert.True(plain.ExitCode == 0, plain.Stderr);

        var revisions = Revisions(Path.Combine(work, "tracked", "notes.docx"));
        Assert.Equal([("ins", "A new talk"), ("ins", "The talks in Brussels were held today."), ("ins", "a new next step"), ("del", "A quote that is gone."),
            ("del", "scheduled"), ("ins", "held"), ("del", "none"), ("ins", "agreed to meet again")], revisions.Select(r => (r.Kind, r.Text)));
        Assert.All(revisions, r => Assert.Equal((RevisionSample.Author, "2022-01-12T06:30:00Z"), (r.Author, r.Date)));
        Assert.Empty(Revisions(Path.Combine(work, "plain", "notes.docx")));
        // The PDF shows the changes accepted, whichever way the .docx is written.
        Assert.Equal(File.ReadAllBytes(Path.Combine(work, "plain", "notes.pdf")), File.ReadAllBytes(Path.Combine(work, "tracked", "notes.pdf")));
    }

    [Fact]
    public void Without_source_date_epoch_revisions_take_the_notes_date_and_without_an_author_reportforge()
    {
        var work = RevisionSample.Create(author: null);
        var result = CliRunner.Process(work, null, "render", "notes.json", "-t", "tpl", "-o", "out", "-f", "docx", "--track-changes");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var revisions = Revisions(Path.Combine(work, "out", "notes.docx"));
        Assert.NotEmpty(revisions);
        Assert.All(revisions, r => Assert.Equal(("ReportForge", "2022-01-12T00:00:00Z"), (r.Author, r.Date)));
    }

    [Fact]
    public void Build_takes_the_option_and_a_job_built_without_it_is_built_again_with_it()
    {
        var work = RevisionSample.Create();
        File.WriteAllText(Path.Combine(work, "reportforge.json"),
            """{ "output_dir": "out", "jobs": [ { "notes": "notes.json", "template": "tpl", "formats": ["docx"] } ] }""");
        var first = CliRunner.InProcess("build", "-m", Path.Combine(work, "reportforge.json"), "--templates", work);
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Empty(Revisions(Path.Combine(work, "out", "notes.docx")));

        var second = CliRunner.InProcess("build", "-m", Path.Combine(work, "reportforge.json"), "--templates", work, "--track-changes");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(8, Revisions(Path.Combine(work, "out", "notes.docx")).Count);
    }

    [Fact]
    public void A_manifest_job_may_ask_for_revisions_and_a_wrong_value_is_a_located_error()
    {
        var work = RevisionSample.Create();
        var manifest = Path.Combine(work, "reportforge.json");
        File.WriteAllText(manifest, """{ "output_dir": "out", "jobs": [ { "notes": "notes.json", "template": "tpl", "formats": ["docx"], "track_changes": true } ] }""");
        var built = CliRunner.InProcess("build", "-m", manifest, "--templates", work);
        Assert.True(built.ExitCode == 0, built.Stderr);
        Assert.Equal(8, Revisions(Path.Combine(work, "out", "notes.docx")).Count);

        File.WriteAllText(manifest, """{ "output_dir": "out", "jobs": [ { "notes": "notes.json", "template": "tpl", "track_changes": "yes" } ] }""");
        var wrong = CliRunner.InProcess("build", "-m", manifest, "--templates", work);
        Assert.Equal(2, wrong.ExitCode); // a bad manifest, as a bad command line
        Assert.Contains("/jobs/0/track_changes: 'track_changes' must be true or false", wrong.Stderr);
    }
}
