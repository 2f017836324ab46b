using ReportForge.Model;
using ReportForge.Pdf.Building;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>Issue 19, item 3: URLs break after / . - ? &amp; = # without a hyphen, and nothing crosses the line.</summary>
public sealed class UrlBreakTests
{
    private const string Url = "https://example.org/reports/2022/01/11/geneva-brussels/annex-b/draft.html?section=notes&version=final#top";

    private static List<string> Lines(IReadOnlyList<Inline> inlines, double width)
    {
        var styles = new PdfStyles(Theme.Default);
        var block = new TextBlockElement(InlineSpans.From(inlines, styles.Body, styles.Text, styles), TextAlignment.Left, 1.2);
        block.Attach(new LayoutContext(new RecordingCanvas(), PdfSharpMeasurer.Shared, new Size(width, 1000)));
        var lines = block.Lines(width);
        Assert.All(lines, l => Assert.True(l.Width <= width + 0.01, $"a line {l.Width:0.00} wide in {width}"));
        return [.. lines.Select(l => string.Concat(l.Fragments.Select(f => f.Text)))];
    }

    [Theory]
    [InlineData(60)]
    [InlineData(110)]
    [InlineData(170)]
    public void A_link_whose_text_is_its_address_breaks_only_at_its_break_chances_and_shows_no_hyphen(double width)
    {
        var lines = Lines([new Link(Url, [new TextRun(Url)])], width);

        Assert.True(lines.Count > 1);
        Assert.Equal(Url, string.Concat(lines));
        var chances = Text.UrlBreaks.Mark(Url, isUrl: true).Split(Text.UrlBreaks.ZeroWidthSpace);
        var ends = chances.Select((_, i) => string.Concat(chances.Take(i + 1))).ToHashSet();
        var so = "";
        foreach (var line in lines.SkipLast(1))
        {
            so += line;
            Assert.Contains(so, ends);
        }
    }

    [Fact]
    public void The_chosen_places_are_where_a_narrow_column_breaks_the_url()
    {
        Assert.Equal(["https://", "example.", "org/", "reports/", "2022/01/", "11/", "geneva-", "brussels/", "annex-b/", "draft.", "html?", "section=",
            "notes&", "version=", "final#top"], Lines([new Link(Url, [new TextRun(Url)])], 45));
    }

    [Fact]
    public void A_url_in_plain_text_breaks_like_a_link_while_other_words_keep_their_dots()
    {
        var lines = Lines([new TextRun("Read e.g. www.example.net/a/very/long/path/with/segments?x=1&y=2 today.")], 120);

        Assert.Equal(["Read e.g. www.example.", "net/a/very/long/path/with/", "segments?x=1&y=2", "today."], lines.Select(l => l.TrimEnd()).ToList());
        Assert.Equal(["e.g.", "e.g."], Lines([new TextRun("e.g. e.g.")], 20).Select(l => l.TrimEnd()).ToList());
    }

    [Fact]
    public void A_link_with_other_text_breaks_as_words_do()
    {
        var lines = Lines([new Link(Url, [new TextRun("the draft.html?section file")])], 100);

        Assert.Equal(["the", "draft.html?section file"], lines.Select(l => l.TrimEnd()).ToList());
    }

    [Fact]
    public void A_url_part_longer_than_the_line_starts_a_line_and_breaks_between_letters()
    {
        var segment = new string('x', 80);
        var url = "https://example.org/" + segment + "/end";
        var lines = Lines([new TextRun("See " + url)], 100);

        // The line before ends at the URL's last break chance; the segment starts the next one.
        Assert.Equal(["See https://example.", "org/"], lines.Take(2));
        Assert.Equal("See " + url, string.Concat(lines));
        Assert.True(lines.Count >= 4);
        Assert.All(lines.Skip(2).SkipLast(1), l => Assert.Matches("^x+$", l));
        Assert.Matches("^x+/end$", lines[^1]);
    }

    [Fact]
    public void A_zero_width_space_the_author_typed_is_a_break_chance_with_no_hyphen()
    {
        var lines = Lines([new TextRun("Vertragsverhandlungs\u200Bergebnisprotokoll")], 110);

        Assert.Equal(["Vertragsverhandlungs", "ergebnisprotokoll"], lines);
    }
}
