using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text.Hyphenation;
using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// Words are cut at their hyphenation points into pieces that end at a discretionary break: a line that ends inside a
/// word ends with "-", as at a soft hyphen; code, addresses, words with a soft hyphen and headings are not hyphenated.
/// </summary>
public sealed class HyphenationLayoutTests
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly Rgb Black = new(0, 0, 0);
    private static readonly Hyphenator English = Hyphenator.ForCulture("en-US")!;
    private static readonly ITextMeasurer Measure = PdfSharpMeasurer.Shared;

    private static TextSpan Span(string text, Hyphenator? hyphenator = null) => new(text, Body, Black) { Hyphenator = hyphenator ?? English };

    private static List<string> Lines(double width, params TextSpan[] spans)
    {
        var block = new TextBlockElement(spans, TextAlignment.Justify, 1.2);
        block.Attach(new LayoutContext(new RecordingCanvas(), Measure, new Size(width, 1000)));
        return block.Lines(width).Select(l => string.Concat(l.Fragments.Select(f => f.Text))).ToList();
    }

    [Fact]
    public void A_line_ends_inside_a_word_at_its_last_hyphenation_point_that_fits()
    {
        // Room for "The hyphen-" but not for "The hyphenation": the word breaks after "hyphen" (hy-phen-ation).
        var width = Measure.Width("The hyphen-", Body) + 1;

        Assert.Equal(["The hyphen-", "ation rules"], Lines(width, Span("The hyphenation rules")));
    }

    [Fact]
    public void Words_are_cut_into_pieces_that_end_at_a_discretionary_break()
    {
        var words = LineWords.Of([Span("typesetting, hyphenation.")], Measure).Where(w => !w.IsSpace).ToList();

        Assert.Equal(["type", "set", "ting,", "hy", "phen", "ation."], words.Select(w => string.Concat(w.Pieces.Select(p => p.Text))));
        Assert.Equal([true, true, false, true, true, false], words.Select(w => w.EndsAtSoftHyphen));
        Assert.Equal(Measure.Width("set", Body), words[1].Width, 6);
    }

    [Theory]
    [InlineData("hyphen\u00ADation", "hyphen|ation")] // its own soft hyphen only, as in LibreOffice
    [InlineData("https://example.org/typesetting", "https://example.org/|typesetting")] // a break after "/", no hyphen
    [InlineData("www.typesetting.org", "www.typesetting.org")]
    [InlineData("typesetting@example.org", "typesetting@example.org")]
    [InlineData("HYPHENATION", "HYPHENATION")]
    [InlineData("type_setting", "type_setting")]
    [InlineData("well-typeset", "well-|type|set")]
    public void Some_words_are_not_hyphenated(string text, string expected)
    {
        var words = LineWords.Of([Span(text)], Measure).Where(w => !w.IsSpace).Select(w => string.Concat(w.Pieces.Select(p => p.Text)));

        Assert.Equal(expected, string.Join("|", words));
    }

    [Fact]
    public void A_span_without_a_hyphenator_is_not_hyphenated_and_a_word_across_spans_only_when_both_hyphenate()
    {
        var code = new TextSpan("typesetting", Body with { Family = "Liberation Mono" }, Black);
        Assert.Single(LineWords.Of([code], Measure));
        Assert.Single(LineWords.Of([Span("type"), code with { Text = "setting" }], Measure), w => !w.IsSpace);
        Assert.Equal(3, LineWords.Of([Span("type"), Span("setting") with { Face = Body with { Bold = true } }], Measure).Count());
    }

    [Fact]
    public void The_line_cache_keeps_hyphenated_text_apart()
    {
        Assert.NotEqual(Span("typesetting"), Span("typesetting") with { Hyphenator = null });
        var cache = new LineCache();
        var calls = 0;
        List<TextLine> Break() { calls++; return []; }

        cache.Get([Span("typesetting")], 100, 1.2, Break);
        cache.Get([Span("typesetting") with { Hyphenator = null }], 100, 1.2, Break);

        Assert.Equal(2, calls);
    }

    private static Document Narrow(params Block[] blocks) => new(new DocumentMetadata { Title = "Hyphenation", Language = "en-US" }, blocks);

    private static Theme NarrowTheme(bool hyphenate)
    {
        var theme = new Theme { Hyphenate = hyphenate, TextAlign = TextAlign.Justify };
        // A 160 pt column.
        theme.Page.MarginLeft = (theme.Page.Dimensions.Width - 160) / 2;
        theme.Page.MarginRight = theme.Page.MarginLeft;
        return theme;
    }

    private static List<string> PdfLines(Document document, Theme theme)
    {
        var result = PdfReportWriter.Write(document, theme);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(result.Value.Bytes);
        return pdf.GetPages().SelectMany(p => p.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key)
            .Select(g => string.Join(" ", g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))).ToList();
    }

    private const string Text = "Negotiators discussed confidence-building measures, transparency and the notification of "
        + "large exercises; the delegations characterised the atmosphere as businesslike.";

    [Fact]
    public void A_justified_paragraph_in_a_narrow_column_ends_lines_with_hyphens_in_the_PDF()
    {
        var lines = PdfLines(Narrow(new Paragraph([new TextRun(Text)])), NarrowTheme(hyphenate: true));

        // con-fi-dence, trans-par-ency: the last point that fits, a "-" drawn at the line's end only.
        Assert.Equal(["Negotiators discussed confi-", "dence-building measures, trans-", "parency and the notification of"], lines.Skip(2).Take(3));
    }

    [Fact]
    public void The_theme_turns_hyphenation_off()
    {
        var lines = PdfLines(Narrow(new Paragraph([new TextRun(Text)])), NarrowTheme(hyphenate: false));

        Assert.DoesNotContain(lines, l => l.EndsWith('-') && !l.EndsWith("confidence-", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("notification", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_and_code_are_not_hyphenated()
    {
        var document = Narrow(
            new Heading(1, [new TextRun("Characterisation notwithstanding representativeness")], "h"),
            new Paragraph([new CodeSpan("representativeness_characterisation_notwithstanding")]));

        var lines = PdfLines(document, NarrowTheme(hyphenate: true));

        Assert.DoesNotContain(lines, l => l.EndsWith('-'));
    }
}
