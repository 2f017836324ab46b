using System.Globalization;
using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class TocTests
{
    private static Document LongDocument()
    {
        var blocks = new List<Block> { new TableOfContents(null, 2) };
        for (var section = 1; section <= 5; section++)
        {
            blocks.Add(Docs.H(1, $"Section {section}", $"s{section}"));
            for (var i = 0; i < 6; i++) blocks.Add(Docs.Para(Docs.Words(70, $"s{section}p{i}")));
            blocks.Add(Docs.H(2, $"Detail {section}", $"d{section}"));
            blocks.Add(Docs.Para(Docs.Words(50, $"d{section}")));
            blocks.Add(Docs.H(3, $"Deep {section}", $"deep{section}"));
            blocks.Add(Docs.Para("deep text"));
        }
        return Docs.Document([.. blocks]);
    }

    [Fact]
    public void Entries_show_the_pages_the_headings_landed_on_and_link_to_them()
    {
        var canvas = LayoutHarness.Run(LongDocument());
        Assert.True(canvas.PageCount >= 3);
        var width = Theme.Default.Page.Dimensions.Width - Theme.Default.Page.MarginRight;
        foreach (var anchor in new[] { "s1", "d1", "s2", "d2", "s3", "d3", "s4", "d4", "s5", "d5" })
        {
            var link = Assert.Single(canvas.Links, l => l.Target == "#" + anchor);
            Assert.Equal(1, link.Page);
            var number = canvas.Texts.Single(t => t.Page == 1 && t.Baseline > link.Y && t.Baseline < link.Y + link.Height && t.X > width - 40 && char.IsDigit(t.Text[0]));
            Assert.Equal(canvas.Anchors[anchor].Page.ToString(CultureInfo.InvariantCulture), number.Text);
            Assert.Equal(width, number.X + PdfSharpMeasurerWidth(number), 1);
        }
        Assert.DoesNotContain(canvas.Links, l => l.Target == "#deep1");
        Assert.Contains(canvas.Texts, t => t.Page == 1 && t.Text == "Contents");
        Assert.Contains(canvas.Texts, t => t.Page == 1 && t.Text.StartsWith(" . . .", StringComparison.Ordinal));
        Assert.Contains(StructureKind.TableOfContentsItem, canvas.Structures);
        Assert.True(canvas.Anchors["s5"].Page > 1);
    }

    [Fact]
    public void The_block_title_replaces_the_theme_wording()
    {
        var canvas = LayoutHarness.Run(Docs.Document(new TableOfContents("Inhalt", 1), Docs.H(1, "Eins", "eins")));
        Assert.Contains(canvas.Texts, t => t.Text == "Inhalt");
        Assert.DoesNotContain(canvas.Texts, t => t.Text == "Contents");
    }

    private static double PdfSharpMeasurerWidth(RecordingCanvas.PlacedText text) => Fonts.PdfSharpMeasurer.Shared.Width(text.Text, text.Face);
}

public sealed class HeadingFootnoteTests
{
    [Fact]
    public void A_footnote_number_in_a_heading_stays_out_of_the_contents_and_the_bookmarks()
    {
        var heading = new Heading(1, [new TextRun("Noted"), new FootnoteReference("n", 1)], "noted");
        var document = Docs.Document(new TableOfContents(null, 2), heading, Docs.Para("text")) with { Footnotes = [new Footnote("n", 1, [Docs.Para("the note")])] };
        var canvas = LayoutHarness.Run(document);
        Assert.Equal([(1, "Noted", 1)], canvas.Outlines);
        Assert.Equal(2, canvas.Words().Count(t => t.Text == "Noted"));
        Assert.DoesNotContain(canvas.Words(), t => t.Text == "Noted1");
        Assert.Contains(canvas.Words(), t => t.Text == "the");
    }
}
