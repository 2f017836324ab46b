using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A box: a one-cell table with the callout background and the bar at its left, padded as the style sheet says;
/// the title, if any, bold on top. Spacers give the space around it, which Word does not give a table.
internal static class CalloutWriter
{
    public static void Write(Callout callout, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var sheet = context.Sheet;
        var box = sheet.CalloutBox;
        var inner = new List<OpenXmlElement>();
        if (callout.Title is not null)
        {
            var title = Paragraphs.New(null);
            var titleProperties = Paragraphs.Properties(title);
            titleProperties.KeepNext = new W.KeepNext();
            titleProperties.SuppressAutoHyphens = new W.SuppressAutoHyphens();
            titleProperties.SpacingBetweenLines = StylesPart.Spacing(Gap.Of(0, sheet.CalloutTitleGap), sheet.CalloutTitle);
            var run = InlineWriter.Properties(TextStyle.Bold, null) ?? new W.RunProperties();
            run.Color = new W.Color { Val = Units.Color(sheet.CalloutTitle.Color) };
            title.Append(TextRuns.Run(callout.Title, run));
            inner.Add(title);
        }

        var width = scope.Available;
        // LibreOffice sets a cell's text half its left border's width further in than the margin says (as for quotes).
        var left = Units.Twips(box.Left - box.BarWidth / 2);
        var right = Units.Twips(box.Right);
        BlockWriter.WriteAll(callout.Blocks, context, BlockScope.Body(width - Units.Twips(box.Left) - right), inner);
        foreach (var paragraph in inner.OfType<W.Paragraph>().Skip(callout.Title is null ? 0 : 1))
            Paragraphs.SpaceAfter(paragraph, sheet.Compact);
        if (inner.Count == 0 || inner[^1] is not W.Paragraph)
            inner.Add(new W.Paragraph());
        else if (inner[^1] is W.Paragraph last)
            Paragraphs.SpaceAfter(last, 0);

        var none = new W.TopBorder { Val = W.BorderValues.Nil };
        var bar = new W.LeftBorder
        {
            Val = W.BorderValues.Single,
            Size = Units.EighthPoints(box.BarWidth),
            Space = 0,
            Color = Units.Color(box.Bar ?? box.Background ?? new Rgb(0, 0, 0)),
        };
        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
            TableBorders = new W.TableBorders(Copy<W.TopBorder>(none), Copy<W.LeftBorder>(bar), Copy<W.BottomBorder>(none), Copy<W.RightBorder>(none)),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TopMargin { Width = Units.TwipsText(box.Top), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = (short)left, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = Units.TwipsText(box.Bottom), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = (short)right, Type = W.TableWidthValues.Dxa }),
            TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true,
                NoVerticalBand = true },
        };
        if (scope.Indent > 0)
            properties.TableIndentation = new W.TableIndentation { Type = W.TableWidthUnitValues.Dxa, Width = scope.Indent };

        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
            Shading = box.Background is { } fill ? Paragraphs.Shading(fill) : null,
        });
        cell.Append(inner);
        output.Add(Paragraphs.Spacer(sheet.CalloutGap.Before, keepNext: true));
        output.Add(new W.Table(
            properties,
            new W.TableGrid(new W.GridColumn { Width = Units.Text(width) }),
            new W.TableRow(cell)));
        output.Add(Paragraphs.Spacer(sheet.CalloutGap.After));
    }

    private static T Copy<T>(W.BorderType border) where T : W.BorderType, new() => new()
    {
        Val = border.Val,
        Size = border.Size,
        Space = border.Space,
        Color = border.Color,
    };
}
