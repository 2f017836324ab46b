using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Tests.Accessibility;
using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests;

/// <summary>Issue 21: tags, change bars and inline revisions in the PDF, which shows the accepted state.</summary>
public sealed class RevisionTests
{
    private static readonly Theme Theme = new();

    private static Paragraph TagLine(string tone) =>
        new([new TextRun("Status: "), new Tag("Not held", tone), new TextRun(" since Monday.")]);

    [Fact]
    public void A_tag_is_bold_text_in_its_tone_colour_on_its_tint_as_one_word()
    {
        var canvas = LayoutHarness.Run(Docs.Document(TagLine("held")));
        var tag = Assert.Single(canvas.Texts, t => t.Text.Contains("Not held", StringComparison.Ordinal));
        Assert.Equal(" Not held ", tag.Text); // no-break spaces are drawn as spaces; the padding takes the tint
        Assert.True(tag.Face.Bold);
        var tint = Assert.Single(canvas.Rectangles, r => r.Color == Theme.Tags.Background("held"));
        Assert.Equal(new Rgb(0xe0, 0xe9, 0xf5), tint.Color);
        Assert.Equal(tag.X, tint.X, 3);
        Assert.Equal(PdfSharpMeasurer.Shared.Width(" Not held ", tag.Face), tint.Width, 3);
        Assert.True(tint.Y < tag.Baseline - tag.Face.Size * 0.7 && tint.Y + tint.Height > tag.Baseline);
    }

    [Fact]
    public void An_unknown_tone_takes_the_default_tone_and_a_theme_may_set_any_tone()
    {
        var theme = new Theme();
        theme.Tags.Tones["urgent"] = new Rgb(0x80, 0x00, 0x00);
        var canvas = LayoutHarness.Run(Docs.Document(TagLine("urgent"), TagLine("whatever")), theme);
        Assert.Contains(canvas.Rectangles, r => r.Color == theme.Tags.Background("urgent"));
        Assert.Contains(canvas.Rectangles, r => r.Color == theme.Tags.Background("default"));
        Assert.Equal(theme.Tags.Text("default"), theme.Tags.Text("whatever"));
    }

    [Fact]
    public void A_change_bar_runs_beside_the_added_part_on_every_page_it_spans_and_a_removed_part_is_not_drawn()
    {
        var long_ = Enumerable.Range(1, 40).Select(i => (Block)Docs.Para($"Added paragraph {i}. " + Docs.Words(40))).ToList();
        var document = Docs.Document(
            Docs.Para("Before."),
            new Change(ChangeKind.Removed, [Docs.Para("Gone paragraph.")]),
            new Change(ChangeKind.Added, long_),
            Docs.Para("After."));
        var canvas = LayoutHarness.Run(document);
        Assert.Empty(LayoutHarness.PagesOf(canvas, "Gone"));
        var pages = LayoutHarness.PagesOf(canvas, "Added").Order().ToList();
        Assert.True(pages.Count >= 2, "the added part spans pages");
        var bars = canvas.Rectangles.Where(r => r.Color == Theme.Tags.ChangeBar).ToList();
        Assert.Equal(pages, bars.Select(b => b.Page).Order().ToList());
        var left = Theme.Page.MarginLeft;
        Assert.All(bars, b => Assert.Equal(left - ChangeBarElement.Gap - ChangeBarElement.Width, b.X, 3));
        // Each bar starts at the part's first line on its page and ends at its last.
        foreach (var bar in bars)
        {
            var lines = canvas.Texts.Where(t => t.Page == bar.Page && t.Text.StartsWith("Added", StringComparison.Ordinal)).ToList();
            Assert.True(bar.Y <= lines.Min(t => t.Baseline) - 8);
            Assert.True(bar.Y + bar.Height >= canvas.Texts.Where(t => t.Page == bar.Page && t.Face.Size == Theme.Sizes.Body && !t.Text.Contains("After", StringComparison.Ordinal)).Max(t => t.Baseline));
        }
        Assert.True(bars[^1].Y + bars[^1].Height < canvas.Texts.Single(t => t.Text.StartsWith("After", StringComparison.Ordinal)).Baseline - 8);
    }

    [Fact]
    public void The_layout_around_a_change_is_the_layout_without_it()
    {
        Block[] plain = [Docs.H(1, "Talks"), Docs.Para("One. " + Docs.Words(80)), Docs.H(2, "Next"), Docs.Para("Two.")];
        Block[] changed = [plain[0], new Change(ChangeKind.Updated, [plain[1], plain[2]]), new Change(ChangeKind.Removed, [Docs.Para("x")]), plain[3]];
        var a = LayoutHarness.Run(Docs.Document(plain));
        var b = LayoutHarness.Run(Docs.Document(changed));
        Assert.Equal(a.Texts.Select(t => (t.Page, t.Text, t.X, t.Baseline)), b.Texts.Select(t => (t.Page, t.Text, t.X, t.Baseline)));
    }

    [Fact]
    public void Inline_revisions_show_only_the_new_text()
    {
        var document = Docs.Document(new Paragraph([
            new TextRun("Status: "), new Deleted([new TextRun("scheduled")]), new Inserted([new TextRun("held", TextStyle.Bold)]), new TextRun(".")]));
        var canvas = LayoutHarness.Run(document);
        var words = canvas.Words().Where(t => t.Face.Size == Theme.Sizes.Body).ToList();
        Assert.Equal(["Status:", "held", "."], words.Select(w => w.Text));
        Assert.True(words[1].Face.Bold);
    }

    [Fact]
    public void Tags_and_change_bars_pass_the_structure_checker_under_pdf_ua_and_pdf_a()
    {
        var document = Docs.Document(
            Docs.H(1, "Since the last briefing"),
            new Change(ChangeKind.Added, [TagLine("new"), Docs.Para("A new quote.")]),
            new Change(ChangeKind.Removed, [Docs.Para("Gone.")]),
            new Paragraph([new TextRun("Outcome: "), new Deleted([new TextRun("none")]), new Inserted([new TextRun("agreed")])]));
        var written = PdfReportWriter.Write(document, Theme, new PdfWriterOptions { Standard = new PdfStandard(true, PdfALevel.A1a) });
        Assert.True(written.Succeeded, string.Join("\n", written.Diagnostics));
        var bytes = written.Value.Bytes;
        Assert.Empty(MatterhornChecker.Check(bytes, claimsUa: true));
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Not held", text.Replace('\u00A0', ' '));
        Assert.Contains("agreed", text);
        Assert.DoesNotContain("Gone", text);
        Assert.DoesNotContain("none", text);
    }
}
