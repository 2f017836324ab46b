using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Word.Tests;

/// Writes the sample documents to REPORTFORGE_DOCX_OUT, when set, for looking at them in a word processor.
public sealed class SampleOutputTests
{
    [Fact]
    public void WritesSamplesWhenAsked()
    {
        var folder = Environment.GetEnvironmentVariable("REPORTFORGE_DOCX_OUT");
        var bytes = DocxWriter.Write(SampleDocument.Build(), Theme.Default);
        Assert.NotEmpty(bytes);
        if (string.IsNullOrEmpty(folder))
            return;

        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "sample.docx"), bytes);
        var theme = Theme.Default;
        theme.Header.OnFirstPage = false;
        theme.TextAlign = TextAlign.Left;
        File.WriteAllBytes(Path.Combine(folder, "sample-first-page.docx"), DocxWriter.Write(SampleDocument.Build("SECRET"), theme));
        File.WriteAllBytes(Path.Combine(folder, "rich.docx"), DocxWriter.Write(SampleDocument.BuildRich(), theme,
            new Dictionary<string, int> { ["security-talks"] = 1, ["geneva"] = 1, ["brussels"] = 2, ["normandy-format"] = 3 }));
        File.WriteAllBytes(Path.Combine(folder, "long-table.docx"), DocxWriter.Write(LongTable(), Theme.Default));
    }

    private static Document LongTable()
    {
        var rows = new List<TableRow> { new([new TableCell([new TextRun("#")]), new TableCell([new TextRun("Item")]), new TableCell([new TextRun("Notes")])]) };
        for (var i = 1; i <= 80; i++)
        {
            rows.Add(new([
                new TableCell([new TextRun(i.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
                new TableCell([new TextRun("Row " + i)]),
                new TableCell([new TextRun(i % 7 == 0 ? "A longer note that wraps onto a second line in this column to test unsplittable rows." : "Short")]),
            ]));
        }
        return new Document(SampleDocument.Metadata(), [
            new Heading(1, [new TextRun("Long table")], "long-table"),
            new Table([new TableColumn(CellAlignment.Right, new ColumnWidth(ColumnWidthKind.Fixed, 30)), new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Left, ColumnWidth.Auto)], rows, 1, null),
            new Paragraph([new TextRun("After the table.")]),
        ]);
    }
}
