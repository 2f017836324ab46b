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
    public void Larger_numbers_are_text_before_a_tab_with_the_numbered_indents()
    {
        var items = Items(123456789);
        Assert.Equal(["123456789.first", "123456790.second"], items.Select(p => p.InnerText));
        var indent = Units.Twips(new StyleSheet(Theme.Default).OrderedListIndent).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(items, p =>
        {
            Assert.Null(p.ParagraphProperties!.NumberingProperties);
            Assert.Equal((indent, indent), (p.ParagraphProperties.Indentation!.Left!.Value, p.ParagraphProperties.Indentation.Hanging!.Value));
            var label = p.Elements<W.Run>().First();
            Assert.Single(label.Elements<W.TabChar>());
            Assert.IsType<W.TabChar>(label.LastChild);
        });
    }
}
