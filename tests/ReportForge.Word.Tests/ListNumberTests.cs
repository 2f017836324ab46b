using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// <summary>List numbers past what LibreOffice can start a list at are written as text, placed as numbering places them (issue 19).</summary>
public sealed class ListNumberTests
{
    private static List<W.Paragraph> Items(int start)
    {
        var list = new ListBlock(true, start, [new ListItem([new Paragraph([new TextRun("first")])]), new ListItem([new Paragraph([new TextRun("second")])])]);
        using var docx = new DocxPackage(DocxWriter.Write(new Document(SampleDocument.Metadata(), [list]), Theme.Default));
        return docx.Body.Descendants<W.Paragraph>().Where(p => p.InnerText.EndsWith("first", StringComparison.Ordinal)
            || p.InnerText.EndsWith("second", StringComparison.Ordinal)).Select(p => (W.Paragraph)p.CloneNode(true)).ToList();
    }

    [Fact]
    public void A_start_within_sixteen_bits_is_word_numbering()
    {
        var items = Items(32766);
        Assert.All(items, p => Assert.NotNull(p.ParagraphProperties?.NumberingProperties));
        Assert.Equal(["first", "second"], items.Select(p => p.InnerText));
    }

    [Fact]
    public void Larger_numbers_are_text_set_at_a_right_tab_with_the_numbered_indents()
    {
        var items = Items(123456789);
        Assert.Equal(["123456789.first", "123456790.second"], items.Select(p => p.InnerText));
        var sheet = new StyleSheet(Theme.Default);
        var column = ListLabels.Column(sheet, (9 * 0.556 + 0.278) * sheet.Body.Size, (0.556 + 0.278) * sheet.Body.Size);
        Assert.All(items, p =>
        {
            Assert.Null(p.ParagraphProperties!.NumberingProperties);
            var indent = p.ParagraphProperties.Indentation!;
            Assert.Equal((Units.Twips(column.Width), Units.Twips(column.Width)), (int.Parse(indent.Left!.Value!), int.Parse(indent.Hanging!.Value!)));
            Assert.Equal([(W.TabStopValues.Right, Units.Twips(column.LabelRight)), (W.TabStopValues.Left, Units.Twips(column.Width))],
                p.ParagraphProperties.Tabs!.Elements<W.TabStop>().Select(t => (t.Val!.Value, t.Position!.Value)));
            var label = p.Elements<W.Run>().First();
            Assert.Equal(2, label.Elements<W.TabChar>().Count());
            Assert.IsType<W.TabChar>(label.LastChild);
        });
    }

    [Fact]
    public void Numbered_items_hang_their_right_aligned_numbers_in_the_list_s_column()
    {
        var items = Items(9);
        var sheet = new StyleSheet(Theme.Default);
        var column = ListLabels.Column(sheet, (2 * 0.556 + 0.278) * sheet.Body.Size, (0.556 + 0.278) * sheet.Body.Size);
        Assert.True(column.Width > sheet.OrderedListIndent);
        Assert.All(items, p => Assert.Equal((Units.Twips(column.Width).ToString(System.Globalization.CultureInfo.InvariantCulture),
            (Units.Twips(column.Width) - Units.Twips(column.LabelRight)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            (p.ParagraphProperties!.Indentation!.Left!.Value, p.ParagraphProperties.Indentation.Hanging!.Value)));
        var one = new ListBlock(true, 1, [new ListItem([new Paragraph([new TextRun("x")])])]);
        using var docx = new DocxPackage(DocxWriter.Write(new Document(SampleDocument.Metadata(), [one]), Theme.Default));
        var levels = docx.Main.NumberingDefinitionsPart!.Numbering.Elements<W.AbstractNum>().Last().Elements<W.Level>();
        Assert.All(levels, l => Assert.Equal(W.LevelJustificationValues.Right, l.LevelJustification!.Val!.Value));
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(391, false)]
    public void Letters_too_long_for_a_label_are_decimal_text(int start, bool numbered)
    {
        var nested = new ListBlock(true, start, [new ListItem([new Paragraph([new TextRun("deep")])])]);
        var list = new ListBlock(true, 1, [new ListItem([new Paragraph([new TextRun("top")]), nested])]);
        using var docx = new DocxPackage(DocxWriter.Write(new Document(SampleDocument.Metadata(), [list]), Theme.Default));
        var deep = docx.Body.Descendants<W.Paragraph>().Single(p => p.InnerText.EndsWith("deep", StringComparison.Ordinal));
        Assert.Equal(numbered, deep.ParagraphProperties!.NumberingProperties is not null);
        Assert.Equal(numbered ? "deep" : "391.deep", deep.InnerText);
    }
}
