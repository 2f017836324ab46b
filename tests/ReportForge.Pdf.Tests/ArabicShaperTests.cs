using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class ArabicShaperTests
{
    private static readonly FontFace Body = new("Liberation Sans", false, false, 10);
    private static readonly Rgb Black = new(0, 0, 0);

    private static string Shape(string text) => Shape([text]).Single();

    private static List<string> Shape(params string[] texts) =>
        ArabicShaper.Shape(texts.Select((t, i) => new TextSpan(t, Body with { Bold = i % 2 == 1 }, Black)).ToList()).Select(s => s.Text).ToList();

    private static string Codes(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_word_takes_initial_medial_and_final_forms_in_logical_order()
    {
        // كتاب: kaf initial, teh medial, alef final (right-joining: it ends the join), beh isolated.
        Assert.Equal("FEDB FE98 FE8E FE8F", Codes(Shape("كتاب")));
        // مرحبا: reh joins only to the letter before it, so hah starts a new join.
        Assert.Equal("FEE3 FEAE FEA3 FE92 FE8E", Codes(Shape("مرحبا")));
    }

    [Fact]
    public void Lam_before_alef_becomes_one_ligature_isolated_or_final()
    {
        Assert.Equal("FEFB", Codes(Shape("لا")));
        // سلام: seen initial, then lam-alef final (lam joins to seen; the ligature is mandatory in Arabic), meem isolated.
        Assert.Equal("FEB3 FEFC FEE1", Codes(Shape("سلام")));
        // In سلا the lam joins to seen, so the ligature takes its final form.
        Assert.Equal("FEB3 FEFC", Codes(Shape("سلا")));
        Assert.Equal("FEF7 FEF5 FEF9", Codes(Shape("لألآلإ")));
        Assert.Equal("لا", ArabicShaper.Unshape(Shape("لا")));
    }

    [Fact]
    public void A_word_split_across_two_spans_still_joins()
    {
        // سلام with its first two letters bold: the join runs across the span boundary.
        var shaped = Shape("سل", "ام");
        Assert.Equal("FEB3 FEE0", Codes(shaped[0]));
        Assert.Equal("FE8E FEE1", Codes(shaped[1]));
        // Lam and alef in different spans join, but cannot become one glyph across a change of style.
        var split = Shape("سل", "ا");
        Assert.Equal("FEB3 FEE0", Codes(split[0]));
        Assert.Equal("FE8E", Codes(split[1]));
    }

    [Fact]
    public void Harakat_are_transparent_and_stay_in_place()
    {
        // بَيْت: fatha and sukun sit between the letters without breaking the join.
        Assert.Equal("FE91 064E FEF4 0652 FE96", Codes(Shape("بَيْت")));
        // A mark between lam and alef follows the ligature.
        Assert.Equal("FEFB 064E", Codes(Shape("لَا")));
    }

    [Fact]
    public void Joining_stops_at_spaces_latin_zwnj_and_is_forced_by_zwj()
    {
        Assert.Equal("FE91 FE8E 0020 FE91 FE8E", Codes(Shape("با با")));
        Assert.Equal("FE8F 0061 FE8F", Codes(Shape("بaب")));
        Assert.Equal("FE8F 200C FE8F", Codes(Shape("ب\u200Cب")));
        Assert.Equal("FE91 200D", Codes(Shape("ب\u200D")));
        // Tatweel joins on both sides.
        Assert.Equal("FE91 0640 FE90", Codes(Shape("بـب")));
    }

    [Fact]
    public void Persian_letters_and_non_joining_hamza_take_their_forms()
    {
        // پژوهش: peh initial, jeh final (right-joining), waw isolated, heh initial, sheen final.
        Assert.Equal("FB58 FB8B FEED FEEB FEB6", Codes(Shape("پژوهش")));
        // Hamza joins on neither side: the beh before it stays isolated.
        Assert.Equal("FE8F FE80", Codes(Shape("بء")));
    }

    [Fact]
    public void Text_without_arabic_letters_is_returned_as_it_is()
    {
        var spans = new List<TextSpan> { new("Hebrew שלום and Latin", Body, Black) };
        Assert.Same(spans, ArabicShaper.Shape(spans));
    }

    [Fact]
    public void Unshape_gives_back_the_letters_as_typed()
    {
        const string text = "مرحبا بالعالم، لا سلام";
        Assert.Equal(text, ArabicShaper.Unshape(Shape(text)));
    }
}
