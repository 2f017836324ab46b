using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

public sealed class TextFontTests
{
    [Fact]
    public void A_soft_hyphen_shows_only_where_the_line_breaks_at_it()
    {
        // A column just wide enough that "Verwaltungs-" ends the first line.
        var word = "Donau\u00ADdampf\u00ADschiff\u00ADfahrts\u00ADgesellschaft";
        var paragraphs = Enumerable.Range(0, 1).Select(_ => (Block)new Paragraph([new TextRun("Die " + word + " und die " + word + " fahren.")])).ToArray();
        var theme = new Theme { TextAlign = TextAlign.Left, Page = new PageTheme { MarginLeft = 64, MarginRight = 595.28 - 64 - 160 } };
        var canvas = LayoutHarness.Run(Docs.Document(paragraphs), theme);
        var texts = canvas.Words().Where(t => t.Face.Size == theme.Sizes.Body && t.Baseline > 120).Select(t => t.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains('\u00AD'));
        var hyphenated = texts.Where(t => t.EndsWith('-')).ToList();
        Assert.NotEmpty(hyphenated);
        Assert.All(hyphenated, t => Assert.Contains(t.TrimEnd('-'), word.Replace("\u00AD", "")));
        // Where the line did not break, the parts join without any hyphen.
        var joined = string.Concat(texts).Replace("-", "");
        Assert.Equal(2, CountOf(joined, "Donaudampfschifffahrtsgesellschaft"));
        Assert.True(texts.Count(t => t.EndsWith('-')) < 8);
    }

    [Fact]
    public void No_break_spaces_hold_words_together()
    {
        var theme = new Theme { TextAlign = TextAlign.Left };
        var text = string.Join(" ", Enumerable.Range(0, 60).Select(i => $"w{i}\u00A0unit{i}"));
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para(text)), theme);
        // Each pair is drawn whole on one line (a line draws its words as one string, the no-break space as a space).
        for (var i = 0; i < 60; i++)
        {
            var pair = new System.Text.RegularExpressions.Regex($@"(?<!\S)w{i} unit{i}(?!\S)");
            Assert.Contains(canvas.Texts, t => pair.IsMatch(t.Text));
        }
    }

    [Fact]
    public void A_character_the_body_font_lacks_is_drawn_in_the_first_fallback_that_has_it()
    {
        const string check = "\u2713";
        Assert.False(PdfSharpMeasurer.Shared.HasGlyph(new FontFace("Liberation Sans", false, false, 10), 0x2713));
        var canvas = LayoutHarness.Run(Docs.Document(Docs.Para($"Done {check} and Αθήνα, Київ.")));
        var mark = Assert.Single(canvas.Words(), t => t.Text.Contains(check));
        Assert.Equal("DejaVu Sans", mark.Face.Family);
        Assert.Equal(check, mark.Text);
        // Greek and Cyrillic are in Liberation Sans itself: no fallback there.
        Assert.Contains(canvas.Words(), t => t.Text.StartsWith("Αθήνα", StringComparison.Ordinal) && t.Face.Family == "Liberation Sans");
        Assert.Contains(canvas.Words(), t => t.Text.StartsWith("Київ", StringComparison.Ordinal) && t.Face.Family == "Liberation Sans");
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_naming_it_and_the_pdf_is_still_written()
    {
        var document = Docs.Document(Docs.Para("private \U0010FFFD use"));
        var result = PdfReportWriter.Write(document, Theme.Default);
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("RF1303", warning.Code);
        Assert.Contains("U+10FFFD", warning.Message);
        Assert.Contains("DejaVu Sans", warning.Message);
        Assert.NotEmpty(result.Value.Bytes);
        Assert.Empty(PdfReportWriter.Write(Docs.Document(Docs.Para("all ✓ here")), Theme.Default).Diagnostics);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [Fact]
    public void Hebrew_and_arabic_are_set_without_warning_and_scripts_left_unjoined_are_warned_about_once()
    {
        var shaped = PdfReportWriter.Layout(Docs.Document(Docs.Para("Talks in ירושלים and عمان went on."), Docs.Para("שלום again, سلام.")), Theme.Default);
        Assert.DoesNotContain(shaped.Diagnostics, d => d.Code == ErrorCodes.UnjoinedLetters);

        var syriac = PdfReportWriter.Layout(Docs.Document(Docs.Para("Talks in ܐܘܪܗܝ and عمان."), Docs.Para("ߒߞߏ twice.")), Theme.Default);
        var warning = Assert.Single(syriac.Diagnostics, d => d.Code == ErrorCodes.UnjoinedLetters);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("U+0710", warning.Message);

        var others = PdfReportWriter.Layout(Docs.Document(Docs.Para("Αθήνα, Київ, Genève — “quoted”.")), Theme.Default);
        Assert.DoesNotContain(others.Diagnostics, d => d.Code == ErrorCodes.UnjoinedLetters);
    }
}

public sealed class LongWordTests
{
    [Fact]
    public void A_word_longer_than_a_line_starts_a_line_of_its_own_and_fills_it()
    {
        // As Word and LibreOffice set it: the line before ends at its last space, the word breaks between letters.
        var face = new FontFace("Liberation Sans", false, false, 10);
        var block = new Layout.Elements.TextBlockElement([new Layout.Text.TextSpan("Short start " + new string('x', 120) + " end", face, new Rgb(0, 0, 0))], Layout.Elements.TextAlignment.Left, 1.2);
        block.Attach(new Layout.LayoutContext(new Canvas.RecordingCanvas(), PdfSharpMeasurer.Shared, new Layout.Size(200, 1000)));
        var lines = block.Lines(200);
        Assert.Equal("Short start", string.Concat(lines[0].Fragments.Select(f => f.Text)).TrimEnd());
        Assert.Equal(new string('x', lines[1].Fragments[0].Text.Length), lines[1].Fragments[0].Text);
        Assert.All(lines, l => Assert.True(l.Width <= 200.01));
        Assert.True(lines[1].Width > 190);
        Assert.Equal(new string('x', 120) + "end", string.Concat(lines.Skip(1).SelectMany(l => l.Fragments).Select(f => f.Text)).Replace(" ", ""));
    }

    [Fact]
    public void A_character_no_font_has_takes_the_width_its_box_is_drawn_with()
    {
        // 日 is in neither Liberation Sans nor DejaVu Sans: it is drawn as the missing-glyph box at the PDF's default
        // width (one em). The bold word after it is drawn on its own, where the layout measured the boxes to end.
        var paragraph = new Paragraph([new TextRun("x 日日日"), new TextRun("Bold", TextStyle.Bold), new TextRun(" after")]);
        var result = PdfReportWriter.Write(Docs.Document(paragraph), Theme.Default);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Value.Bytes);
        var letters = pdf.GetPage(1).Letters.ToList();
        var start = letters.FindIndex(l => l.Value == "x");
        var line = letters.Skip(start).Take(8).ToList();
        var boxes = line.Skip(2).Take(3).ToList();
        var bold = line[5];

        Assert.Equal("B", bold.Value);
        Assert.All(boxes, b => Assert.Equal(b.PointSize, b.EndBaseLine.X - b.StartBaseLine.X, 1));
        Assert.True(bold.StartBaseLine.X >= boxes[^1].EndBaseLine.X - 0.01,
            $"the bold word starts at {bold.StartBaseLine.X:0.00}, inside the last box (ends at {boxes[^1].EndBaseLine.X:0.00})");
    }

    [Fact]
    public void Invisible_joiners_and_selectors_draw_nothing()
    {
        // Liberation Sans has no zero-width joiner or variation selector: drawn, each would be a missing-glyph box
        // of no width lying over the next letter. They are measured as nothing and not drawn.
        var result = PdfReportWriter.Write(Docs.Document(Docs.Para("keep a\u200Db and c\uFE0Fd\u2060e together")), Theme.Default);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(result.Value.Bytes);
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));

        Assert.Contains("ab", text);
        Assert.Contains("cde", text);
        Assert.DoesNotContain(text, c => c is '\u200D' or '\uFE0F' or '\u2060');
    }
}
