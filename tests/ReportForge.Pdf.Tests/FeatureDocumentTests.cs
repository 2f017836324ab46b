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
            StructureKind.TableOfContents, StructureKind.TableOfContentsItem, StructureKind.Reference, StructureKind.Link,
        })
            Assert.Contains(kind, canvas.Structures);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Heading && s.Level == 1);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Figure && s.AltText == "A gradient");
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Note && s.Page == 1);
        Assert.Contains(canvas.OpenedStructures, s => s.Kind == StructureKind.Link && s.AltText == "table");
        Assert.Equal(canvas.PageCount, canvas.RotatedTexts.Count);
    }
}

public sealed class PdfATests
{
    [Fact]
    public void The_pdfa_option_declares_pdfa_and_draws_the_watermark_opaque()
    {
        var theme = new Theme { Watermark = new WatermarkTheme { Text = "DRAFT", Color = new Rgb(0, 0, 0), Opacity = 0.25 } };
        var plain = System.Text.Encoding.Latin1.GetString(PdfReportWriter.Write(ClientTests.Document(), theme).Value.Bytes);
        var pdfA = System.Text.Encoding.Latin1.GetString(PdfReportWriter.Write(ClientTests.Document(), theme, new PdfWriterOptions { Standard = ReportForge.Model.PdfStandard.A1a }).Value.Bytes);
        Assert.DoesNotContain("pdfaid:part", plain);
        Assert.Contains("pdfaid:part", pdfA);
        Assert.Contains("/OutputIntents", pdfA);
        Assert.Contains("/ca 0.25", plain.Replace("/ca 0.251", "/ca 0.25"));
        Assert.DoesNotContain("/ca 0.2", pdfA);
        var opaque = new Layout.WatermarkStyle("x", default, new Rgb(0, 0, 0), 0.25).Opaque();
        Assert.Equal(new Rgb(191, 191, 191), opaque.Color);
    }
}
