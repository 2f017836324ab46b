using System.Text;
using ReportForge.Model;
using ReportForge.Theming;
using UglyToad.PdfPig;
using Reader = ReportForge.Pdf.Tests.StructureTreeTests.StructureReader;

namespace ReportForge.Pdf.Tests;

/// <summary>Until the chart drawing lands, a chart is drawn as its data table (Charts.ChartTable).</summary>
public sealed class ChartTableTests
{
    private static readonly Chart Counts = new(ChartKind.Column, "Talks by status",
        [new("Held"), new("Scheduled")], [new ChartSeries("Talks", [1234.5, 1])]) { CategoryName = "Status" };

    private static Chart Talks(int count)
    {
        var start = new DateOnly(2022, 1, 1);
        return new Chart(ChartKind.Timeline, "Every talk", [.. Enumerable.Range(0, count).Select(i => new ChartCategory("", start.AddDays(i)))], [])
        {
            PointLabels = [.. Enumerable.Range(0, count).Select(i => $"talk {i}")],
            Groups = [.. Enumerable.Range(0, count).Select(i => i % 3 == 0 ? "held" : "scheduled")],
        };
    }

    private static byte[] Write(params Block[] blocks)
    {
        var result = PdfReportWriter.Write(Docs.Document(blocks), Theme.Default);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value.Bytes;
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages()) text.Append(string.Join(" ", page.GetWords().Select(w => w.Text))).Append('\n');
        return text.ToString();
    }

    [Fact]
    public void A_chart_is_a_tagged_table_captioned_with_its_title()
    {
        var bytes = Write(Docs.Para("Before"), Counts, Docs.Para("After"));
        var text = Text(bytes);
        Assert.Contains("Talks by status Status Talks Held 1,234.5 Scheduled 1", text);
        Assert.True(text.IndexOf("Before", StringComparison.Ordinal) < text.IndexOf("Held", StringComparison.Ordinal));
        var tree = Reader.Read(bytes);
        tree.AssertConsistent();
        var table = Assert.Single(tree.Elements, e => e.Tag == "/Table");
        Assert.Equal(["/Caption", "/THead", "/TBody"], tree.Children(table).Select(e => e.Tag));
        Assert.Equal(2, tree.Elements.Count(e => e.Tag == "/TH"));
        Assert.Equal(4, tree.Elements.Count(e => e.Tag == "/TD"));
    }

    [Fact]
    public void A_timeline_of_a_thousand_talks_runs_over_pages_with_every_talk_and_the_same_bytes_twice()
    {
        var bytes = Write(Talks(1000));
        var text = Text(bytes);
        Assert.Contains("1 Jan 2022 talk 0 held", text);
        Assert.Contains("26 Sep 2024 talk 999 held", text);
        using (var document = PdfDocument.Open(bytes)) Assert.True(document.NumberOfPages > 10);
        Assert.Equal(bytes, Write(Talks(1000)));
    }
}
