using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>The client tests' document (every feature at once), checked without client tools.</summary>
public sealed class FeatureDocumentTests
{
    private static Theme Theme => new() { Watermark = new WatermarkTheme { Text = "DRAFT" } };

    [Fact]
    public void Identical_input_gives_identical_bytes_with_every_feature()
    {
        var first = PdfReportWriter.Write(ClientTests.Document(), Theme);
        var second = PdfReportWriter.Write(ClientTests.Document(), Theme);
        Assert.True(first.Succeeded);
        Assert.Equal(first.Value.Bytes, second.Value.Bytes);
    }

    [Fact]
    public void Every_structure_kind_is_opened_with_heading_levels_and_figure_alt_text()
    {
        var canvas = LayoutHarness.Run(ClientTests.Document(), Theme);
        foreach (var kind in new[]
        {
            StructureKind.Heading, StructureKind.Paragraph, StructureKind.List, StructureKind.ListItem, StructureKind.ListLabel,
            StructureKind.ListBody, StructureKind.Table, StructureKind.TableRow, StructureKind.TableHeaderCell, StructureKind.TableCell,
            StructureKind.BlockQuote, StructureKind.Figure, StructureKind.Code, StructureKind.Caption, StructureKind.Note,
            StructureKind.TableOfContents, StructureKind.TableOfContentsItem,
        })
            Assert.Contains(kind, canvas.Structures);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Heading && s.Level == 1);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Figure && s.AltText == "A gradient");
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Note && s.Page == 1);
        Assert.Equal(canvas.PageCount, canvas.RotatedTexts.Count);
    }
}
