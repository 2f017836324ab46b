using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A box: a one-cell table with the callout background and border; the title, if any, bold on top.
internal static class CalloutWriter
{
    private const double Padding = 6;

    public static void Write(Callout callout, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var colors = context.Theme.Colors;
        var inner = new List<OpenXmlElement>();
        if (callout.Title is not null)
        {
            var title = Paragraphs.New(null);
            Paragraphs.Properties(title).KeepNext = new W.KeepNext();
            title.Append(TextRuns.Run(callout.Title, InlineWriter.Properties(TextStyle.Bold, null)));
            inner.Add(title);
        }

        var width = scope.Available;
        var innerWidth = width - 2 * Units.Twips(Padding);
        BlockWriter.WriteAll(callout.Blocks, context, BlockScope.Body(innerWidth), inner);
        if (inner.Count == 0 || inner[^1] is not W.Paragraph)
            inner.Add(new W.Paragraph());
        else if (inner[^1] is W.Paragraph last)
            Paragraphs.SpaceAfter(last, 0);

        var border = StylesPart.Border(colors.CalloutBorder, 1);
        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
            TableBorders = new W.TableBorders(
                Copy<W.TopBorder>(border), Copy<W.LeftBorder>(border), Copy<W.BottomBorder>(border), Copy<W.RightBorder>(border)),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = StylesPart.CellMargins(Padding),
            TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true,
                NoVerticalBand = true },
        };
        if (scope.Indent > 0)
            properties.TableIndentation = new W.TableIndentation { Type = W.TableWidthUnitValues.Dxa, Width = scope.Indent };

        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
            Shading = Paragraphs.Shading(colors.CalloutBackground),
        });
        cell.Append(inner);
        output.Add(new W.Table(
            properties,
            new W.TableGrid(new W.GridColumn { Width = Units.Text(width) }),
            new W.TableRow(cell)));
        output.Add(Paragraphs.Spacer(context));
    }

    private static T Copy<T>(W.BorderType border) where T : W.BorderType, new() => new()
    {
        Val = border.Val,
        Size = border.Size,
        Space = border.Space,
        Color = border.Color,
    };
}
