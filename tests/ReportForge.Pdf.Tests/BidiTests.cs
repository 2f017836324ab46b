using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>Lines are broken in logical order and laid out as seen: what each line shows, left to right.</summary>
public sealed class BidiTests
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly Rgb Black = new(0, 0, 0);

    private static TextLine Line(params string[] spans)
    {
        var block = new TextBlockElement([.. spans.Select((t, i) => new TextSpan(t, Body with { Bold = i % 2 == 0 }, Black))], TextAlignment.Left, 1.2);
        block.Attach(new LayoutContext(new RecordingCanvas(), PdfSharpMeasurer.Shared, new Size(1000, 1000)) { Fonts = new FontFallback(["DejaVu Sans"], PdfSharpMeasurer.Shared) });
        return Assert.Single(block.Lines(1000));
    }

    private static string Seen(TextLine line) => string.Concat(line.Fragments.Select(f => f.Text));

    [Fact]
    public void A_hebrew_line_is_reversed_and_set_right_to_left()
    {
        var line = Line("שלום עולם");
        Assert.Equal("םלוע םולש", Seen(line));
        Assert.True(line.IsRightToLeft);
        // Read in order: the rightmost word first, with its text as written.
        var reading = line.ReadingOrder!;
        Assert.Equal(["שלום", null, "עולם"], reading.Select(r => line.Fragments[r.Index].IsSpace ? null : r.ActualText));
    }

    [Fact]
    public void Digits_inside_hebrew_keep_their_order()
    {
        Assert.Equal("2022 תנש", Seen(Line("שנת 2022")));
        Assert.Equal("1,000.5 םיפלא", Seen(Line("אלפים 1,000.5")));
        Assert.Equal("50% החנה", Seen(Line("הנחה 50%")));
    }

    [Fact]
    public void Digits_after_arabic_are_arabic_numbers_and_keep_their_order()
    {
        var line = Line("سنة 2022");
        Assert.Equal("2022 " + "\uFE94\uFEE8\uFEB3", Seen(line));
    }

    [Fact]
    public void English_inside_a_hebrew_paragraph_stays_left_to_right()
    {
        var line = Line("שלום John Smith עולם");
        Assert.True(line.IsRightToLeft);
        Assert.Equal("םלוע John Smith םולש", Seen(line));
    }

    [Fact]
    public void Hebrew_inside_an_english_paragraph_is_reversed_in_place()
    {
        var line = Line("The words שלום עולם end here.");
        Assert.False(line.IsRightToLeft);
        Assert.Equal("The words םלוע םולש end here.", Seen(line));
    }

    [Fact]
    public void Brackets_inside_right_to_left_text_are_mirrored()
    {
        Assert.Equal("(םלוע) םולש", Seen(Line("שלום (עולם)")));
        Assert.Equal("«םלוע» [א]", Seen(Line("[א] «עולם»")));
        // In left-to-right text they stay as typed.
        Assert.Equal("a (b) םולש", Seen(Line("a (b) שלום")));
    }

    [Fact]
    public void A_bracket_pair_goes_with_the_text_it_encloses()
    {
        // N0: the closing bracket, between Latin and Hebrew, stays with the Latin it closes.
        Assert.Equal("ףוס .Geneva (Switzerland) :תילגנאב", Seen(Line("באנגלית: Geneva (Switzerland). סוף")));
        // An unpaired bracket is an ordinary neutral, mirrored in right-to-left text.
        Assert.Equal(") םולש", Seen(Line("שלום (")));
    }

    [Fact]
    public void A_word_half_bold_keeps_its_letters_in_one_reversed_order()
    {
        // שלום with its first two letters bold: the bold part is drawn to the right of the rest.
        // (Spans alternate bold, plain, … in these tests.)
        var line = Line("של", "ום עולם");
        Assert.Equal("םלוע םו" + "לש", Seen(line));
        var bold = Assert.Single(line.Fragments, f => f.Face.Bold);
        Assert.Equal("לש", bold.Text);
        Assert.Equal(line.Fragments.Max(f => f.X), bold.X);
    }

    [Fact]
    public void Combining_marks_and_surrogate_pairs_stay_with_their_base_when_reversed()
    {
        // Hebrew with points (qamats under shin) and an emoji inside right-to-left text.
        var line = Line("שָׁלוֹם 😀 עולם");
        var seen = Seen(line);
        Assert.Contains("םוֹלשָׁ", seen);
        Assert.Contains("😀", seen);
    }

    [Fact]
    public void Fragments_lie_left_to_right_and_their_widths_sum_to_the_line()
    {
        var line = Line("שלום John עולם 2022 (test)");
        for (var i = 1; i < line.Fragments.Count; i++)
            Assert.Equal(line.Fragments[i - 1].X + line.Fragments[i - 1].Width, line.Fragments[i].X, 6);
        Assert.Equal(line.Width, line.Fragments.Sum(f => f.Width), 6);
        var plain = Line("Just Latin text (no right-to-left)");
        Assert.Null(plain.ReadingOrder);
        Assert.False(plain.IsRightToLeft);
    }

    [Fact]
    public void Separators_and_the_spaces_before_them_return_to_the_paragraph_level()
    {
        // Between two Hebrew words a space is right to left (N1)…
        Assert.Equal(new byte[] { 1, 1, 1 }, BidiParagraph.Resolve("א ב", 0));
        // …but a tab, and the space before it, go back to the paragraph's level (L1).
        Assert.Equal(new byte[] { 1, 1, 0, 0, 1 }, BidiParagraph.Resolve("אב \tג", 0));
    }

    [Fact]
    public void The_first_strong_letter_decides_the_paragraph_direction()
    {
        Assert.Equal(TextDirection.RightToLeft, ParagraphDirection.FirstStrong("2022: שלום, world"));
        Assert.Equal(TextDirection.LeftToRight, ParagraphDirection.FirstStrong("(Hello) שלום"));
        Assert.Equal(TextDirection.RightToLeft, ParagraphDirection.FirstStrong("«مرحبا»"));
        Assert.Null(ParagraphDirection.FirstStrong("2022 — 50%"));
        Assert.False(ParagraphDirection.MayHoldRightToLeft("Дмитро Кулеба, Αθήνα, 東京 — “quoted”"));
        Assert.True(ParagraphDirection.MayHoldRightToLeft("x 𞤀"));
    }
}
