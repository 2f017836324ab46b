using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Tests;

/// <summary>Until the native chart lands, a chart is written as its data table, the PDF's (Charts.ChartTable).</summary>
public sealed class ChartTableTests
{
    private static readonly Chart Counts = new(ChartKind.Column, "Talks by status",
        [new("Held"), new("Scheduled")], [new ChartSeries("Talks", [1234.5, 1])]) { CategoryName = "Status" };

    private static Document With(string language, params Block[] blocks)
    {
        var sample = SampleDocument.Build();
        return sample with { Blocks = blocks, Metadata = sample.Metadata with { Language = language } };
    }

    [Fact]
    public void A_chart_is_a_table_with_its_title_as_caption_and_its_alt_text_as_description()
    {
        var bytes = DocxWriter.Write(With("en-US", Counts), Theme.Default);
        Assert.Empty(DocxPackage.Validate(bytes, FileFormatVersions.Office2019));
        Assert.Empty(DocxPackage.Validate(bytes, FileFormatVersions.Microsoft365));
        using var docx = new DocxPackage(bytes);
        var table = Assert.Single(docx.Body.Elements<W.Table>());
        var properties = table.GetFirstChild<W.TableProperties>()!;
        Assert.Equal("Talks by status", properties.TableCaption!.Val!.Value);
        Assert.Equal("Column chart: Talks by status. Held 1,234.5; Scheduled 1.", properties.TableDescription!.Val!.Value);
        var rows = table.Elements<W.TableRow>().Select(r => string.Join(" | ", r.Elements<W.TableCell>().Select(c => c.InnerText))).ToList();
        Assert.Equal(["Talks by status", "Status | Talks", "Held | 1,234.5", "Scheduled | 1"], rows);
    }

    [Fact]
    public void The_alt_text_follows_the_reports_strings_and_culture()
    {
        var strings = new Dictionary<string, string> { ["chart_kind_column"] = "Histogramme", ["chart_alt_titled"] = "{kind}\u00a0: {title}." };
        var sample = SampleDocument.Build();
        var document = sample with { Blocks = [Counts], Metadata = sample.Metadata with { Language = "fr-FR", Strings = strings } };
        using var docx = new DocxPackage(DocxWriter.Write(document, Theme.Default));
        var properties = Assert.Single(docx.Body.Elements<W.Table>()).GetFirstChild<W.TableProperties>()!;
        Assert.Equal("Histogramme\u00a0: Talks by status. Held 1\u202f234,5; Scheduled 1.", properties.TableDescription!.Val!.Value);
    }
}
