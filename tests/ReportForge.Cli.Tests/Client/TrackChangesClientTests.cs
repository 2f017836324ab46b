using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;

namespace ReportForge.Tests.Client;

/// <summary>
/// Issue 21: the revisions --track-changes writes, read by real readers. LibreOffice's conversion to .odt holds
/// <c>text:changed-region</c> entries with the author and date; <c>pandoc -f docx --track-changes=all</c> shows the
/// insertions and deletions, paragraph marks included. Needs LibreOffice and pandoc, as the other client tests.
/// </summary>
[Trait("Category", "Client")]
public sealed class TrackChangesClientTests : IClassFixture<TrackChangesClientTests.Rendered>
{
    public sealed class Rendered
    {
        public Rendered()
        {
            var work = RevisionSample.Create();
            var result = CliRunner.Process(work, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1641969000" },
                "render", "notes.json", "-t", "tpl", "-o", "out", "-f", "docx", "--track-changes");
            Assert.True(result.ExitCode == 0, result.Stderr);
            Docx = Path.Combine(work, "out", "notes.docx");
        }

        public string Docx { get; }
    }

    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private readonly Rendered _rendered;

    public TrackChangesClientTests(Rendered rendered) => _rendered = rendered;

    [Fact]
    public void LibreOffice_reads_insertions_and_deletions_with_the_author_and_date()
    {
        var regions = ChangedRegions(_rendered.Docx);
        var kinds = regions.Select(r => r.Elements().Single().Name.LocalName).ToList();
        Assert.Contains("insertion", kinds);
        Assert.Contains("deletion", kinds);
        Assert.All(regions, r =>
        {
            var info = r.Descendants(Office + "change-info").Single();
            Assert.Equal(RevisionSample.Author, info.Element(Dc + "creator")!.Value);
            Assert.StartsWith("2022-01-12T06:30:00", info.Element(Dc + "date")!.Value, StringComparison.Ordinal);
        });
        var deleted = string.Join("|", regions.Where(r => r.Element(Text + "deletion") is not null).Select(r => r.Value));
        Assert.Contains("A quote that is gone.", deleted);
        Assert.Contains("scheduled", deleted);
        Assert.Contains("none", deleted);
    }

    [Fact]
    public void Pandoc_shows_the_insertions_and_deletions()
    {
        var changes = PandocChanges(_rendered.Docx);
        Assert.Equal(["A new talk", "The talks in Brussels were held today.", "a new next step", "held", "agreed to meet again"],
            changes.Where(c => c.Class == "insertion").Select(c => c.Text));
        Assert.Equal(["A quote that is gone.", "scheduled", "none"], changes.Where(c => c.Class == "deletion").Select(c => c.Text));
        Assert.Contains(changes, c => c.Class == "paragraph-insertion");
        Assert.Contains(changes, c => c.Class == "paragraph-deletion");
        Assert.All(changes, c => Assert.Equal((RevisionSample.Author, "2022-01-12T06:30:00Z"), (c.Attributes["author"], c.Attributes["date"])));
    }

    // The Done-when pair: the second sample day rendered since the first, read back by both readers.
    [Fact]
    public void The_second_sample_day_since_the_first_reads_as_revisions_in_LibreOffice_and_pandoc()
    {
        var work = CliRunner.TempDir();
        var result = CliRunner.Process(work, new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = "1641945600" }, "render",
            Path.Combine(TestPaths.Root, "input", "talks-2022-01-12.json"), "--since", TestPaths.SampleNotes, "--templates", TestPaths.Templates,
            "-o", "out", "-f", "docx", "--track-changes");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var docx = Path.Combine(work, "out", "talks-2022-01-12.docx");

        var changes = PandocChanges(docx).Where(c => c.Class is "insertion" or "deletion").ToList();
        // The talk's old status is deleted; the new next step is inserted; author and date from the notes and the epoch.
        Assert.Contains(changes, c => c.Class == "deletion" && c.Text == "Scheduled");
        Assert.Contains(changes, c => c.Class == "insertion" && c.Text.Contains("Preserve NATO’s open-door policy", StringComparison.Ordinal));
        Assert.All(changes, c => Assert.Equal(("ReportForge sample", "2022-01-12T00:00:00Z"), (c.Attributes["author"], c.Attributes["date"])));

        var regions = ChangedRegions(docx);
        Assert.Contains(regions, r => r.Element(Text + "deletion") is { } d && d.Elements(Text + "p").Any(p => p.Value == "Scheduled"));
        Assert.Contains(regions, r => r.Element(Text + "insertion") is not null);
        Assert.All(regions, r => Assert.Equal("ReportForge sample", r.Descendants(Office + "change-info").Single().Element(Dc + "creator")!.Value));
    }

    // LibreOffice's .odt of the .docx: its changed regions (text:changed-region, each an insertion or a deletion).
    private static List<XElement> ChangedRegions(string docx)
    {
        var profile = Directory.CreateTempSubdirectory("reportforge-lo-profile-");
        var output = Directory.CreateTempSubdirectory("reportforge-lo-out-");
        try
        {
            var (exitCode, stdout, stderr) = ClientTool.Run(LibreOffice.Soffice(),
                ["-env:UserInstallation=" + new Uri(profile.FullName).AbsoluteUri, "--headless", "--convert-to", "odt", "--outdir", output.FullName, docx],
                "LibreOffice did not finish converting");
            var odt = Path.Combine(output.FullName, Path.GetFileNameWithoutExtension(docx) + ".odt");
            Assert.True(exitCode == 0 && File.Exists(odt), $"LibreOffice failed to convert (exit {exitCode}): {stdout} {stderr}");
            using var zip = ZipFile.OpenRead(odt);
            using var content = zip.GetEntry("content.xml")!.Open();
            return XDocument.Load(content).Descendants(Text + "changed-region").ToList();
        }
        finally
        {
            profile.Delete(recursive: true);
            output.Delete(recursive: true);
        }
    }

    // pandoc's reading of the .docx with --track-changes=all: each revision span's class, author and date, and text.
    private static List<(string? Class, Dictionary<string, string> Attributes, string Text)> PandocChanges(string docx)
    {
        var (exitCode, stdout, stderr) = ClientTool.Run(Pandoc.Executable(), ["-f", "docx", "--track-changes=all", "-t", "json", docx],
            "pandoc did not finish reading the .docx");
        Assert.True(exitCode == 0, stderr);
        using var ast = JsonDocument.Parse(stdout);
        return Pandoc.All(ast.RootElement.GetProperty("blocks"), "Span")
            .Select(Pandoc.Content)
            .Select(c => (Class: c[0][1].EnumerateArray().Select(x => x.GetString()).FirstOrDefault(),
                Attributes: c[0][2].EnumerateArray().ToDictionary(a => a[0].GetString()!, a => a[1].GetString()!), Text: Pandoc.Text(c[1])))
            .Where(c => c.Class is "insertion" or "deletion" or "paragraph-insertion" or "paragraph-deletion")
            .ToList();
    }
}
