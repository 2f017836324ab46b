using ReportForge.Diagnostics;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Fonts.Shaping;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// Indic text is shaped with HarfBuzz (fonts from Debian's fonts-noto-core, which .ci/run installs): measured as shaped,
/// and warned about by script when it cannot be.
/// </summary>
public sealed class ShapingTests
{
    private static readonly FontFace Devanagari = new("Noto Sans Devanagari", false, false, 10);
    private static readonly FontFace Tamil = new("Noto Sans Tamil", false, false, 10);

    internal static Theme IndicTheme() => new()
    {
        Fonts = new FontTheme { Fallbacks = ["DejaVu Sans", "Noto Sans Devanagari", "Noto Sans Bengali", "Noto Sans Tamil"] },
    };

    [Theory]
    [InlineData("Hello, world – “quoted” ✓", false)]
    [InlineData("שלום مرحبا Ελληνικά", false)]
    [InlineData("हिन्दी", true)]
    [InlineData("x বাংলা", true)]
    [InlineData("தமிழ்", true)]
    [InlineData("ਪੰਜਾਬੀ", true)]
    [InlineData("සිංහල", true)]
    public void Only_the_indic_scripts_need_shaping(string text, bool needs) => Assert.Equal(needs, ComplexScripts.NeedsShaping(text));

    [Theory]
    [InlineData('क', "Devanagari")]
    [InlineData('ব', "Bengali")]
    [InlineData('த', "Tamil")]
    [InlineData('ಕ', "Kannada")]
    [InlineData('a', null)]
    public void A_letter_names_its_script(char c, string? script) => Assert.Equal(script, ComplexScripts.ScriptOf(c));

    [Fact]
    public void A_conjunct_is_one_glyph_and_a_pre_base_vowel_sign_comes_first()
    {
        // क्ष (ka, virama, ssa) is the conjunct kssa: one glyph for three characters.
        var kssa = TextShaper.Shape("क्ष", Devanagari)!;
        Assert.Single(kssa.Glyphs);
        Assert.Equal(0, kssa.Glyphs[0].Cluster);

        // कि: the vowel sign i is written after ka and drawn before it; both glyphs stand for the cluster at 0.
        var ki = TextShaper.Shape("कि", Devanagari)!;
        Assert.Equal(2, ki.Glyphs.Length);
        var ka = TextShaper.Shape("क", Devanagari)!.Glyphs[0].GlyphId;
        Assert.Equal(ka, ki.Glyphs[1].GlyphId);
        Assert.NotEqual(ka, ki.Glyphs[0].GlyphId);

        // र्म: the reph (ra + virama before a consonant) sits on top of ma, after it: ma's glyph comes first.
        var rma = TextShaper.Shape("र्म", Devanagari)!;
        var ma = TextShaper.Shape("म", Devanagari)!.Glyphs[0].GlyphId;
        Assert.Equal(ma, rma.Glyphs[0].GlyphId);
        Assert.Equal(2, rma.Glyphs.Length);
    }

    [Fact]
    public void Shaped_text_measures_as_its_glyphs_advances_not_as_its_letters()
    {
        var measurer = PdfSharpMeasurer.Shared;
        foreach (var word in new[] { "हिन्दी", "क्षत्रिय", "धर्म" })
        {
            var shaped = TextShaper.Shape(word, Devanagari)!;
            Assert.Equal(shaped.Advance * Devanagari.Size / 1000, measurer.Width(word, Devanagari), 6);
        }
        // The virama joins ka and ssa: the conjunct is narrower than the three letters side by side.
        var letters = Enumerable.Range(0, 3).Sum(i => TextShaper.Shape("क्ष".Substring(i, 1), Devanagari)?.Advance ?? 0) * Devanagari.Size / 1000;
        Assert.True(measurer.Width("क्ष", Devanagari) < letters - 1, $"{measurer.Width("क्ष", Devanagari)} vs {letters}");
        // Part of a string measures as that part shaped on its own.
        Assert.Equal(measurer.Width("धर्म", Devanagari), measurer.Width("हिन्दी धर्म", 7, 4, Devanagari), 6);
        Assert.True(measurer.Width("தமிழ்", Tamil) > 0);
    }

    [Fact]
    public void Latin_text_is_never_shaped()
    {
        Assert.Null(TextShaper.Shape("Hello", new FontFace("Liberation Sans", false, false, 10)));
        Assert.Equal(PdfSharpMeasurer.Shared.Width("Hello", new FontFace("Liberation Sans", false, false, 10)),
            new[] { "H", "e", "l", "l", "o" }.Sum(c => PdfSharpMeasurer.Shared.Width(c, new FontFace("Liberation Sans", false, false, 10))), 6);
    }

    [Fact]
    public void Lines_break_by_the_shaped_widths()
    {
        var words = string.Join(" ", Enumerable.Repeat("क्षत्रिय हिन्दी धर्म किताब", 12));
        var spans = new FontFallback(["Noto Sans Devanagari"], PdfSharpMeasurer.Shared).Apply([new TextSpan(words, new FontFace("Liberation Sans", false, false, 10), default)]);
        var lines = LineBreaker.Break(spans, 200, PdfSharpMeasurer.Shared, 1.2);
        Assert.True(lines.Count > 3);
        foreach (var line in lines)
        {
            Assert.True(line.Width <= 200.01, $"a line of {line.Width} pt");
            var expected = line.Fragments.Sum(f => PdfSharpMeasurer.Shared.Width(f.Text, f.Face));
            Assert.Equal(expected, line.Width, 3);
        }
        // Full lines are nearly full: the next word would not have fitted.
        var first = lines[0];
        var nextWord = lines[1].Fragments.First(f => !f.IsSpace);
        Assert.True(first.Width + PdfSharpMeasurer.Shared.Width(" ", first.Fragments[0].Face)
            + PdfSharpMeasurer.Shared.Width(nextWord.Text.Split(' ')[0], nextWord.Face) > 200);
    }

    [Fact]
    public void Indic_text_with_its_fonts_renders_without_warnings()
    {
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("हिन्दी क्षत्रिय कि धर्म"), Docs.Para("বাংলা ভাষা"), Docs.Para("தமிழ் மொழி")), IndicTheme());
        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_script_no_font_has_is_warned_about_by_name()
    {
        var theme = new Theme { Fonts = new FontTheme { Fallbacks = ["DejaVu Sans", "Noto Sans Devanagari"] } };
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("हिन्दी and தமிழ்")), theme);
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.ScriptWithoutFont);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("the Tamil text cannot be shaped", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Noto Sans Tamil", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == ErrorCodes.GlyphMissing && d.Message.Contains("U+0BA4", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_between_letters_with_their_signs()
    {
        var word = string.Concat(Enumerable.Repeat("किताबेंधर्मों", 6));
        var spans = new FontFallback(["Noto Sans Devanagari"], PdfSharpMeasurer.Shared).Apply([new TextSpan(word, new FontFace("Liberation Sans", false, false, 10), default)]);
        var lines = LineBreaker.Break(spans, 60, PdfSharpMeasurer.Shared, 1.2);
        Assert.True(lines.Count > 2);
        Assert.Equal(word, string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text)));
        foreach (var line in lines)
        {
            var first = line.Fragments[0].Text[0];
            Assert.False(char.GetUnicodeCategory(first) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark,
                $"a line starts with the sign U+{(int)first:X4}");
            Assert.True(line.Width <= 60.01, $"a line of {line.Width} pt");
        }
    }
}
