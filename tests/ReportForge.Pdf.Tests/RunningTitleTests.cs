using ReportForge.Pdf.Fonts;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>A title too long for the running header is cut with "…" short of the date, on every page.</summary>
public sealed class RunningTitleTests
{
    private const string Date = "Tuesday, January 11th, 2022";

    private static List<Canvas.RecordingCanvas.PlacedText> Header(Canvas.RecordingCanvas canvas, Theme theme, int page) =>
        [.. canvas.Texts.Where(t => t.Page == page && t.Baseline < theme.Page.MarginTop && t.Face.Size == theme.Sizes.Small && !t.Face.Bold).OrderBy(t => t.X)];

    [Fact]
    public void A_150_character_title_stops_short_of_the_date()
    {
        var theme = new Theme();
        var title = string.Concat(Enumerable.Repeat("Negotiations ", 12)).Trim();
        Assert.True(title.Length > 150);
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata(title) }, theme);

        var header = Header(canvas, theme, 1);
        Assert.Equal(2, header.Count);
        var (shown, date) = (header[0], header[1]);
        Assert.Equal(Date, date.Text);
        Assert.EndsWith("…", shown.Text);
        Assert.StartsWith(shown.Text[..^1], title);
        Assert.Equal(theme.Page.MarginLeft, shown.X, 1);
        var end = shown.X + PdfSharpMeasurer.Shared.Width(shown.Text, shown.Face);
        Assert.True(end <= date.X - theme.Sizes.Small + 0.01, $"the title ends at {end}, the date starts at {date.X}");
        // As long as it can be: one more word would not fit.
        var next = title[..(shown.Text.Length + 12)] + "…";
        Assert.True(shown.X + PdfSharpMeasurer.Shared.Width(next, shown.Face) > date.X - theme.Sizes.Small);
    }

    [Fact]
    public void A_200_000_character_title_is_cut_on_every_page_and_kept_whole_in_the_title_block()
    {
        var theme = new Theme { Header = new RunningText { Left = "{title}", Right = "{date}", OnFirstPage = true } };
        var title = string.Concat(Enumerable.Repeat("Réunion du conseil ", 200_000 / 19));
        var blocks = Enumerable.Range(0, 3).Select(_ => (Model.Block)Docs.Para(Docs.Words(400, "w"))).ToArray();
        var canvas = LayoutHarness.Run(Docs.Document(blocks) with { Metadata = Docs.Metadata(title) }, theme);

        Assert.True(canvas.PageCount >= 2);
        for (var page = 1; page <= canvas.PageCount; page++)
        {
            var header = Header(canvas, theme, page);
            Assert.Equal(Date, header[^1].Text);
            Assert.EndsWith("…", header[0].Text);
            Assert.InRange(header[0].Text.Length, 20, 200);
        }
    }

    [Fact]
    public void A_short_title_is_drawn_whole()
    {
        var theme = new Theme();
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata("Talks in Geneva") }, theme);
        Assert.Equal(["Talks in Geneva", Date], Header(canvas, theme, 1).Select(t => t.Text));
    }

    [Fact]
    public void The_cut_keeps_an_emoji_sequence_and_a_letter_with_its_accent_whole()
    {
        // Grapheme boundaries only: a family emoji (four people joined by ZWJ) and an e with a combining acute.
        var title = string.Concat(Enumerable.Repeat("Famille \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 e\u0301te\u0301 ", 40));
        var theme = new Theme();
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para("x")) with { Metadata = Docs.Metadata(title) }, theme);
        var shown = string.Concat(Header(canvas, theme, 1).Where(t => t.Text != Date).Select(t => t.Text));
        Assert.EndsWith(Ellipsis.Mark, shown);
        var kept = shown.TrimEnd('…').TrimEnd();
        Assert.StartsWith("Famille", kept);
        Assert.False(char.IsHighSurrogate(kept[^1]) || kept[^1] == '\u200D' || kept[^1] == 'e' && title[kept.Length] == '\u0301');
    }
}
