using DocumentFormat.OpenXml;
using ReportForge.Charts;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A chart: for now its data table (theme charts.data_table), as the PDF draws it, with the chart's alternative text as
/// the table's description for assistive technology. A native chart part is not written yet.
internal static class ChartWriter
{
    public static void Write(Chart chart, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var start = output.Count;
        TableWriter.Write(ChartTable.Of(chart, context.ChartWords), context, scope, output);
        var table = output.Skip(start).OfType<W.Table>().FirstOrDefault();
        if (table?.GetFirstChild<W.TableProperties>() is { } properties)
        {
            // The schema orders tblCaption before tblDescription, both last in tblPr.
            var description = new W.TableDescription { Val = ChartAlt.Text(chart, context.ChartWords) };
            if (properties.TableCaption is { } caption) caption.InsertAfterSelf(description);
            else properties.Append(description);
        }
    }
}
