using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Tests;
using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests;

/// <summary>Right-to-left paragraphs on the page: where their lines sit, in what order they are drawn, what a reader gets back.</summary>
public sealed class RightToLeftLayoutTests
{
    private const string Hebrew = "שלום עולם, זה משפט בעברית עם המספר 2022 ועם מילה באנגלית: Geneva.";
    private const string Arabic = "مرحبا بالعالم، هذه جملة عربية فيها الرقم 2022.";

    private static Theme Ragged => new() { TextAlign = TextAlign.Left };

    private static double Right(RecordingCanvas.PlacedText text) => text.X + PdfSharpMeasurer.Shared.Width(text.Text, text.Face);

    private static double ContentRight(Theme theme) => theme.Page.Dimensions.Width - theme.Page.MarginRight;

    private static List<IGrouping<double, RecordingCanvas.PlacedText>> LinesOf(RecordingCanvas canvas, Func<RecordingCanvas.PlacedText, bool> which) =>
        canvas.Texts.Where(which).GroupBy(t => t.Baseline).OrderBy(g => g.Key).ToList();

    [Fact]
    public void A_right_to_left_paragraph_set_left_is_ragged_left_against_the_right_margin()
    {
        var theme = Ragged;
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para(string.Join(" ", Enumerable.Repeat(Hebrew, 4)))), theme);
        var lines = LinesOf(canvas, t => t.Baseline > 150 && t.Face.Size == theme.Sizes.Body);
        Assert.True(lines.Count >= 3);
        foreach (var line in lines) Assert.Equal(ContentRight(theme), line.Max(Right), 1);
        // The left edges vary: the lines are ragged on the left.
        Assert.True(lines.Select(l => Math.Round(l.Min(t => t.X))).Distinct().Count() > 1);
    }

    [Fact]
    public void A_justified_right_to_left_paragraph_ends_with_its_last_line_at_the_right()
    {
        var theme = new Theme { TextAlign = TextAlign.Justify };
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para(string.Join(" ", Enumerable.Repeat(Hebrew, 4)))), theme);
        var lines = LinesOf(canvas, t => t.Baseline > 150 && t.Face.Size == theme.Sizes.Body);
        foreach (var line in lines.SkipLast(1))
        {
            Assert.Equal(theme.Page.MarginLeft, line.Min(t => t.X), 1);
            Assert.Equal(ContentRight(theme), line.Max(Right), 1);
        }
        var last = lines[^1];
        Assert.Equal(ContentRight(theme), last.Max(Right), 1);
        Assert.True(last.Min(t => t.X) > theme.Page.MarginLeft + 20);
    }

    [Fact]
    public void A_line_is_drawn_in_reading_order_from_its_right_end_with_the_written_text()
    {
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("שלום עולם Geneva 2022")), Ragged);
        var line = canvas.Texts.Where(t => t.Baseline > 150 && t.Face.Size == Theme.Default.Sizes.Body).ToList();
        // The Hebrew run first, drawn as seen with its text as written, then the Latin run to its left.
        Assert.Equal(["םלוע םולש", "Geneva 2022"], line.Select(t => t.Text));
        Assert.Equal("שלום עולם", line[0].ActualText);
        Assert.Null(line[1].ActualText);
        Assert.True(line[0].X > line[1].X);
        Assert.Equal(line[1].X + PdfSharpMeasurer.Shared.Width("Geneva 2022 ", line[1].Face), line[0].X, 3);
    }

    [Fact]
    public void Hebrew_inside_an_english_paragraph_leaves_the_line_at_the_left()
    {
        var theme = Ragged;
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("Talks in ירושלים went on.")), theme);
        var line = Assert.Single(canvas.Texts, t => t.Baseline > 150 && t.Face.Size == theme.Sizes.Body);
        Assert.Equal(theme.Page.MarginLeft, line.X, 1);
        Assert.Equal("Talks in םילשורי went on.", line.Text);
        Assert.Equal("Talks in ירושלים went on.", line.ActualText);
    }

    [Fact]
    public void Lists_keep_their_bullets_at_the_left_and_contents_entries_their_titles()
    {
        var theme = Ragged;
        var document = Docs.Document(
            new TableOfContents(null, 2),
            Docs.H(1, "שיחות ז'נבה", "geneva"),
            new ListBlock(false, 1, [new ListItem([Docs.Para("פריט ראשון")]), new ListItem([Docs.Para("פריט שני")])]));
        var canvas = LayoutHarness.Run(document, theme);
        var bullets = canvas.Texts.Where(t => t.Text == "•").ToList();
        Assert.Equal(2, bullets.Count);
        var items = canvas.Texts.Where(t => t.Text.Contains("טירפ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, items.Count);
        foreach (var (bullet, item) in bullets.Zip(items))
        {
            Assert.True(bullet.X < theme.Page.MarginLeft + 20);
            Assert.Equal(ContentRight(theme), Right(item), 1);
        }
        // The contents entry keeps its title at the left, its leaders running to the page number; the heading itself is at the right.
        var titles = canvas.Texts.Where(t => t.Text == "הבנ'ז תוחיש").OrderBy(t => t.Baseline).ToList();
        Assert.Equal(2, titles.Count);
        Assert.Equal(theme.Page.MarginLeft, titles[0].X, 1);
        Assert.Equal(ContentRight(theme), Right(titles[1]), 1);
    }

    [Fact]
    public void The_pdf_shows_hebrew_as_seen_arabic_joined_in_dejavu_sans_and_reads_back_as_written()
    {
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para(Hebrew), Docs.Para(Arabic)), Ragged);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
        using var pdf = PdfDocument.Open(result.Value.Bytes);
        var page = pdf.GetPage(1);

        // Left to right on the page, the Hebrew letters read backwards; the digits keep their order.
        var lines = page.Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        var hebrew = lines.Where(l => l.Any(c => c.Value is [>= '\u05D0' and <= '\u05EA'])).ToList();
        Assert.EndsWith("םלועםולש", string.Concat(hebrew[0].Where(c => c.Value is [>= '\u05D0' and <= '\u05EA']).Select(c => c.Value)));
        Assert.Contains(hebrew, l => string.Concat(l.Where(c => c.Value is [>= '0' and <= '9']).Select(c => c.Value)) == "2022");

        // Arabic is drawn in its joined presentation forms, in DejaVu Sans (the body font has no Arabic).
        var arabic = page.Letters.Where(l => l.Value is [>= '\uFE70' and <= '\uFEFF']).ToList();
        Assert.NotEmpty(arabic);
        Assert.All(arabic, l => Assert.EndsWith("+DejaVu Sans", l.FontName, StringComparison.Ordinal));
        Assert.Contains(arabic, l => l.Value == "\uFEE3"); // meem, initial form
        Assert.DoesNotContain(page.Letters, l => l.Value is [>= '\u0621' and <= '\u064A']);

        // A screen reader (the structure tree's /ActualText) gets both paragraphs as written.
        var reading = PdfReadingText.Pages(pdf)[0].Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains(Hebrew.Replace(" ", "", StringComparison.Ordinal), reading);
        Assert.Contains(Arabic.Replace(" ", "", StringComparison.Ordinal), reading);
    }
}
