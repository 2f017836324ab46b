using System.Text.RegularExpressions;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The written PDF checked by real clients: qpdf, poppler's pdfinfo, and pages rendered by pdftoppm compared
/// with committed images. Not part of the plain <c>dotnet test ReportForge.sln</c> (Directory.Build.props leaves the Client category out unless REPORTFORGE_CLIENT_TESTS=1);
/// .ci/run installs the tools and runs them. Set RF_UPDATE_VISUALS=1 to rewrite the expected images.
/// </summary>
[Trait("Category", "Client")]
public sealed class ClientTests
{
    private static readonly Lazy<string> Showcase = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"rf-client-{Environment.ProcessId}.pdf");
        var result = PdfReportWriter.Write(Document(), new Theme { Watermark = new WatermarkTheme { Text = "DRAFT" }, Header = new RunningText { Left = "{title}", OnFirstPage = false } });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllBytes(path, result.Value.Bytes);
        return path;
    });

    internal static Document Document()
    {
        var blocks = new List<Block>
        {
            new TableOfContents(null, 2),
            Docs.H(1, "Text", "text"),
            new Paragraph([new TextRun("Justified text with a footnote"), new FootnoteReference("a", 1), new TextRun(" and a link to "), new Link("#table", [new TextRun("the table")]), new TextRun(", Greek Αθήνα, Cyrillic Київ and a check mark ✓. Soft hy\u00ADphen\u00ADat\u00ADed words.")]),
            Docs.Para(Docs.Words(120, "body")),
            new Image(TestImages.Png(240, 120), "A gradient", "Figure 1: a gradient", new ColumnWidth(ColumnWidthKind.Percent, 50)),
            new Callout("Note", [Docs.Para("A callout box.")]),
            new Quote([Docs.Para("A quotation.")]),
            new CodeBlock("let x = 1;\n  indented", null),
            new ListBlock(true, 1, [new ListItem([Docs.Para("first")]), new ListItem([Docs.Para("second")])]),
            Docs.H(1, "Table", "table"),
            Docs.Table(70, header: "Name") with { Caption = "A long table" },
            new PageBreak(),
            Docs.H(1, "Last", "last"),
            Docs.Para("The end."),
        };
        return Docs.Document([.. blocks]) with { Footnotes = [new Footnote("a", 1, [Docs.Para("The footnote text.")])] };
    }

    [Fact]
    public void Qpdf_finds_no_errors_and_no_warnings()
    {
        var check = ClientTools.Run("qpdf", "qpdf", "--check", Showcase.Value);
        Assert.True(check.ExitCode == 0, check.Stdout + check.Stderr);
        Assert.DoesNotContain("WARNING", check.Stdout + check.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", check.Stdout);
    }

    [Fact]
    public void Pdfinfo_says_tagged_with_metadata_and_pdffonts_embedded_subsets()
    {
        var info = ClientTools.Run("pdfinfo", "poppler-utils", Showcase.Value);
        Assert.Equal(0, info.ExitCode);
        Assert.Matches(new Regex(@"^Tagged:\s+yes$", RegexOptions.Multiline), info.Stdout);
        Assert.Matches(new Regex(@"^Title:\s+Test report$", RegexOptions.Multiline), info.Stdout);
        Assert.Empty(info.Stderr.Trim());

        var fonts = ClientTools.Run("pdffonts", "poppler-utils", Showcase.Value);
        var rows = fonts.Stdout.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Matches(@"^[A-Z]{6}\+", r));
        Assert.All(rows, r => Assert.Matches(@"\syes\s+yes\s+yes\s", r));
    }

    [Fact]
    public void Pdftotext_reads_hebrew_and_arabic_runs_back_as_written()
    {
        // Glyphs are drawn as seen; poppler puts right-to-left runs in reading order itself (marking them with
        // embedding controls, the runs of a line in an order it guesses from the page). Arabic comes back as the
        // presentation forms drawn, which NFKC maps to the letters. Mirrored brackets come back mirrored.
        var path = Path.Combine(Path.GetTempPath(), $"rf-client-rtl-{Environment.ProcessId}.pdf");
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("שלום עולם, שנת 2022."), Docs.Para("مرحبا بالعالم 2022.")), Theme.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        File.WriteAllBytes(path, result.Value.Bytes);
        var read = ClientTools.Run("pdftotext", "poppler-utils", path, "-");
        Assert.Equal(0, read.ExitCode);
        var text = new string([.. read.Stdout.Normalize(System.Text.NormalizationForm.FormKC).Where(c => c is < '\u202A' or > '\u202E')]);
        Assert.Contains("שלום עולם", text);
        Assert.Contains("مرحبا بالعالم", text);
        Assert.DoesNotContain("םלוע", text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pages_look_like_the_committed_images(int page) =>
        PageImages.AssertLooksLike(Showcase.Value, page, $"client-page-{page}", 40);
}
