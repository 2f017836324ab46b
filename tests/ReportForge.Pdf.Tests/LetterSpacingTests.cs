using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// A loose justified line stretches its spaces to 1.3 times first, then puts up to 2 % of the size between letters,
/// then gives the spaces the rest; its breaks are those total fit chose, so the .docx holds the same lines.
/// </summary>
public sealed class LetterSpacingTests
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly ITextMeasurer Measure = PdfSharpMeasurer.Shared;

    private static List<RecordingCanvas.PlacedText> Draw(string text, double width, TextAlignment alignment = TextAlignment.Justify)
    {
        var canvas = new RecordingCanvas();
        var block = new TextBlockElement([new TextSpan(text, Body, new Rgb(0, 0, 0))], alignment, 1.2);
        block.Attach(new LayoutContext(canvas, Measure, new Size(width, 1000)));
        canvas.BeginPage(width, 1000, 1);
        canvas.BeginStructure(StructureKind.Paragraph);
        block.Measure(new Size(width, 1000));
        block.Draw(new Size(width, 1000));
        canvas.EndStructure();
        canvas.EndPage();
        return [.. canvas.Texts];
    }

    [Fact]
    public void A_loose_line_puts_part_of_its_slack_between_letters_and_still_ends_at_the_margin()
    {
        // "Negotiators met" fills the first line with room to spare; "yesterday" does not fit after it.
        var width = Measure.Width("Negotiators met yesterday", Body) - 2;
        var texts = Draw("Negotiators met yesterday again", width);

        var first = texts.Where(t => t.Baseline == texts[0].Baseline).ToList();
        Assert.Equal(["Negotiators", "met"], first.Select(t => t.Text));
        var letters = "Negotiatorsmet".Length;
        var slack = width - Measure.Width("Negotiators met", Body);
        var space = Measure.Width(" ", Body);
        var perLetter = first[0].LetterSpacing;
        Assert.Equal(Math.Min(0.2, (slack - 0.3 * space) / letters), perLetter, 6);
        Assert.All(first, t => Assert.Equal(perLetter, t.LetterSpacing));
        // The last word's last glyph (and the spacing after it) reaches the margin exactly.
        var last = first[^1];
        Assert.Equal(width, last.X + Measure.Width(last.Text, Body) + perLetter * last.Text.Length, 6);
        // The last line is set as measured; spacing is reset after the line.
        Assert.All(texts.Where(t => t.Baseline != texts[0].Baseline), t => Assert.Equal(0, t.LetterSpacing));
    }

    [Fact]
    public void An_even_line_and_ragged_text_get_no_letter_spacing()
    {
        var even = "Negotiators met in Geneva for seven hours and agreed to meet again";
        var width = Measure.Width("Negotiators met in Geneva for seven hours and", Body) + 1;

        Assert.All(Draw(even, width), t => Assert.Equal(0, t.LetterSpacing));
        Assert.All(Draw("Negotiators met yesterday again", Measure.Width("Negotiators met yesterday", Body) - 2, TextAlignment.Left),
            t => Assert.Equal(0, t.LetterSpacing));
    }
}
