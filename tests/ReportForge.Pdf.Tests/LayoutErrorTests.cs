using ReportForge.Diagnostics;
using ReportForge.Markup;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>A block no page can hold is named by the markup line it came from (RF1302), not only by the page.</summary>
public sealed class LayoutErrorTests
{
    [Fact]
    public void A_table_row_taller_than_a_page_is_reported_at_its_markup_line()
    {
        // Sixty columns leave each a few points: a long word in every cell breaks letter by letter into rows
        // taller than the page (the header row is repeated with each row that moves, and rows do not split).
        var columns = Enumerable.Range(1, 60).ToList();
        var word = new string('w', 120);
        var markup = "# Title\n\nSome text.\n\n" +
            "| " + string.Join(" | ", columns.Select(_ => word)) + " |\n" +
            "|" + string.Concat(columns.Select(_ => "---|")) + "\n" +
            "| " + string.Join(" | ", columns.Select(_ => word)) + " |\n";
        var document = MarkupConverter.Convert(markup, Docs.Metadata(), markupName: "briefing.md").Value;

        Assert.IsType<Model.Table>(document.Blocks[2]);
        var written = PdfReportWriter.Write(document, Theme.Default);

        var error = Assert.Single(written.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(ErrorCodes.LayoutImpossible, error.Code);
        Assert.Equal(new SourceLocation("briefing.md", 5, 1), error.Location);
        Assert.Contains("(markup line 5)", error.Message);
        // The reason comes from the table: its header alone is taller than a page.
        Assert.Matches(@"^a block does not fit on an empty page \(page \d+\): the table's header \([\d.]+ pt\) is taller than a page \(markup line 5\)$",
            error.Message);
    }

    [Fact]
    public void A_document_built_in_code_still_gets_the_error_without_a_place()
    {
        var cells = Enumerable.Range(0, 60).Select(_ => new Model.TableCell([new Model.TextRun(new string('w', 120))])).ToList();
        var columns = cells.Select(_ => new Model.TableColumn(Model.CellAlignment.Left, Model.ColumnWidth.Auto)).ToList();
        var table = new Model.Table(columns, [new Model.TableRow(cells), new Model.TableRow(cells)], 1, null);

        var written = PdfReportWriter.Write(Docs.Document(table), Theme.Default);

        var error = Assert.Single(written.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(ErrorCodes.LayoutImpossible, error.Code);
        Assert.Null(error.Location);
    }
}
