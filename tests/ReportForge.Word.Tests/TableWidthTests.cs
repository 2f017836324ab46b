using System.Globalization;
using ReportForge.Model;
using ReportForge.Pdf;
using ReportForge.Theming;
using ReportForge.Word.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// The .docx takes each table's column widths from the PDF layout, so auto columns wrap alike in both.
public sealed class TableWidthTests
{
    private const string Long = "The Strategic Stability Dialogue met at the United States mission in Geneva for eight hours without a break";

    private static Table LongAndShort() => new(
        [new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Left, ColumnWidth.Auto)],
        [Row("Meeting", "Day"), Row(Long, "10 Jan"), Row("NATO–Russia Council", "12 Jan")],
        HeaderRowCount: 1, Caption: null);

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell([SampleDocument.Text(c)])).ToList());

    private static Document With(params Block[] blocks) => new(SampleDocument.Metadata(), [SampleDocument.Para("Before the table."), .. blocks]);

    private static LayoutFacts LaidOut(Document document)
    {
        var layout = PdfReportWriter.Layout(document, Theme.Default);
        Assert.True(layout.Succeeded, string.Join(Environment.NewLine, layout.Diagnostics));
        return layout.Value.Facts;
    }

    private static List<W.Table> Tables(byte[] docx)
    {
        using var package = new DocxPackage(docx);
        // The model's tables, not the one-cell table a callout is drawn with; cloned, as the package closes on return.
        var footnotes = package.Main.FootnotesPart?.Footnotes?.Descendants<W.Table>() ?? [];
        return package.Body.Descendants<W.Table>().Concat(footnotes).Where(t => !t.Descendants<W.Table>().Any())
            .Select(t => (W.Table)t.CloneNode(true)).ToList();
    }

    private static int Twips(string? value) => int.Parse(value!, CultureInfo.InvariantCulture);

    private static int[] Grid(W.Table table) => table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => Twips(c.Width?.Value)).ToArray();

    private static void AssertSameProportions(IReadOnlyList<double> points, int[] grid)
    {
        Assert.Equal(points.Count, grid.Length);
        var scale = grid.Sum() / points.Sum();
        for (var i = 0; i < grid.Length; i++)
            Assert.InRange(grid[i], points[i] * scale - 1, points[i] * scale + 1);
    }

    private static void AssertCellsFollowTheGrid(W.Table table)
    {
        var grid = Grid(table);
        foreach (var row in table.Elements<W.TableRow>())
        {
            var widths = row.Elements<W.TableCell>().Select(c => Twips(c.TableCellProperties?.TableCellWidth?.Width?.Value));
            Assert.Equal(grid, widths);
        }
    }

    [Fact]
    public void A_long_and_a_short_auto_column_take_the_PDF_layouts_widths()
    {
        var table = LongAndShort();
        var document = With(table);
        var facts = LaidOut(document);
        var points = facts.ColumnWidths[table];

        var word = Assert.Single(Tables(DocxWriter.Write(document, Theme.Default, facts)));
        var grid = Grid(word);
        var own = Grid(Assert.Single(Tables(DocxWriter.Write(document, Theme.Default))));

        // The body's text width in both: 481.9 pt on A4 with the default margins is 9638 twips.
        Assert.Equal(own.Sum(), grid.Sum());
        Assert.Equal(Math.Round(points.Sum() * 20), grid.Sum());
        AssertSameProportions(points, grid);
        // The Word writer's own weighting by character count gives the long column another width: the layout's won.
        Assert.NotEqual(own, grid);
        AssertCellsFollowTheGrid(word);
    }

    [Fact]
    public void Without_a_layout_a_table_keeps_the_Word_writers_own_widths()
    {
        var table = LongAndShort();
        var document = With(table);
        var grid = Grid(Assert.Single(Tables(DocxWriter.Write(document, Theme.Default))));

        Assert.Equal(TableColumnWidths.Compute(table, 2, grid.Sum()), grid);
        // A layout that has only a page map, or widths for an equal table that is another instance, changes nothing.
        var equal = table with { };
        Assert.Equal(table, equal);
        var other = new LayoutFacts(new Dictionary<string, int>(), new Dictionary<Table, IReadOnlyList<double>>(ReferenceEqualityComparer.Instance)
        {
            [equal] = [100, 381.9],
        });
        Assert.Equal(DocxWriter.Write(document, Theme.Default), DocxWriter.Write(document, Theme.Default, other));
        Assert.Equal(DocxWriter.Write(document, Theme.Default), DocxWriter.Write(document, Theme.Default, LayoutFacts.Pages(new Dictionary<string, int>())));
    }

    [Fact]
    public void A_table_in_a_list_item_takes_the_layouts_widths_within_the_items_indent()
    {
        var table = LongAndShort();
        var document = With(new ListBlock(false, 1, [new ListItem([SampleDocument.Para("An item holding a table."), table])]));
        var facts = LaidOut(document);

        var word = Assert.Single(Tables(DocxWriter.Write(document, Theme.Default, facts)));
        var grid = Grid(word);

        // The table is as wide as Word's room inside the item, and split as the PDF splits its own.
        Assert.Equal(Twips(word.GetFirstChild<W.TableProperties>()?.TableWidth?.Width?.Value), grid.Sum());
        AssertSameProportions(facts.ColumnWidths[table], grid);
        AssertCellsFollowTheGrid(word);
    }

    public static TheoryData<string> Containers => ["quote", "callout", "footnote", "nested list"];

    [Theory]
    [MemberData(nameof(Containers))]
    public void A_table_inside_another_block_takes_the_layouts_widths(string container)
    {
        var table = LongAndShort();
        var document = container switch
        {
            "quote" => With(new Quote([table])),
            "callout" => With(new Callout("Note", [table])),
            "nested list" => With(new ListBlock(true, 1, [new ListItem([SampleDocument.Para("Outer"),
                new ListBlock(false, 1, [new ListItem([SampleDocument.Para("Inner"), table])])])])),
            _ => With(new Paragraph([SampleDocument.Text("Cited"), new FootnoteReference("t", 1), SampleDocument.Text(".")])) with
            {
                Footnotes = [new Footnote("t", 1, [SampleDocument.Para("The meetings:"), table])],
            },
        };
        var facts = LaidOut(document);

        var word = Assert.Single(Tables(DocxWriter.Write(document, Theme.Default, facts)));

        AssertSameProportions(facts.ColumnWidths[table], Grid(word));
        AssertCellsFollowTheGrid(word);
    }

    [Fact]
    public void A_row_may_split_when_the_layouts_widths_make_it_taller_than_a_page()
    {
        var words = string.Join(' ', Enumerable.Repeat("dialogue", 80));
        var table = new Table(
            [new TableColumn(CellAlignment.Left, ColumnWidth.Auto), new TableColumn(CellAlignment.Left, ColumnWidth.Auto)],
            [Row("Meeting", "Notes"), Row("Geneva", words)], HeaderRowCount: 1, Caption: null);
        var document = With(table);
        static bool Holds(W.Table t) => t.Elements<W.TableRow>().Last().TableRowProperties!.GetFirstChild<W.CantSplit>() is not null;

        // Its own widths give the notes most of the page: the row holds together, as the PDF keeps it.
        Assert.True(Holds(Assert.Single(Tables(DocxWriter.Write(document, Theme.Default)))));

        // Widths that squeeze the notes into a sliver make the row longer than a page, which Word must let split.
        var squeezed = new LayoutFacts(new Dictionary<string, int>(), new Dictionary<Table, IReadOnlyList<double>>(ReferenceEqualityComparer.Instance)
        {
            [table] = [451.9, 30],
        });
        var word = Assert.Single(Tables(DocxWriter.Write(document, Theme.Default, squeezed)));
        Assert.False(Holds(word));
        Assert.True(word.Elements<W.TableRow>().First().TableRowProperties!.GetFirstChild<W.CantSplit>() is not null);
        AssertSameProportions([451.9, 30], Grid(word));
    }

    [Theory]
    [InlineData(new[] { 100.0, 381.9 }, 9638)]
    [InlineData(new[] { 1.0, 1.0, 1.0 }, 1000)]
    [InlineData(new[] { 0.0, 0.0 }, 501)]
    public void Points_become_twips_that_add_up_to_the_tables_width(double[] points, int available)
    {
        var twips = TableGrids.Twips(points, available);
        Assert.Equal(available, twips.Sum());
        Assert.All(twips, t => Assert.True(t >= 0));
        var total = points.Sum();
        for (var i = 0; i < twips.Length; i++)
        {
            var share = (total > 0 ? points[i] / total : 1.0 / points.Length) * available;
            Assert.InRange(twips[i], share - 1, share + 1);
        }
    }
}
