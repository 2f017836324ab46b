using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The classification banner of our own header and footer, as the PDF draws it: a one-cell table as wide as the paper
/// and Furniture.BannerHeight tall, running to the paper edge (the header and footer sit at distance 0), its marking
/// Furniture.EdgeClearance in from the edge on the side toward the body.
internal static class BannerBar
{
    public static W.Table Build(string marking, Theme theme, bool atTop)
    {
        var (width, _) = theme.Page.Dimensions;
        var paperWidth = Units.Twips(width);
        var clearance = Units.Text(Units.Twips(Furniture.EdgeClearance));
        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(paperWidth) },
            TableIndentation = new W.TableIndentation { Type = W.TableWidthUnitValues.Dxa, Width = -Units.Twips(theme.Page.MarginLeft) },
            TableBorders = new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Nil }, new W.LeftBorder { Val = W.BorderValues.Nil },
                new W.BottomBorder { Val = W.BorderValues.Nil }, new W.RightBorder { Val = W.BorderValues.Nil },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Nil }, new W.InsideVerticalBorder { Val = W.BorderValues.Nil }),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TopMargin { Width = atTop ? clearance : "0", Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = atTop ? "0" : clearance, Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
            TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true,
                NoVerticalBand = true },
        };

        var paragraph = Paragraphs.New(null);
        var paragraphProperties = Paragraphs.Properties(paragraph);
        paragraphProperties.SuppressAutoHyphens = new W.SuppressAutoHyphens();
        paragraphProperties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = "0",
            After = "0",
            Line = "240",
            LineRule = W.LineSpacingRuleValues.Auto,
        };
        paragraphProperties.Justification = new W.Justification { Val = W.JustificationValues.Center };
        paragraph.Append(Inlines.TextRuns.Run(marking, new W.RunProperties
        {
            Bold = new W.Bold(),
            Color = new W.Color { Val = Units.Color(theme.Banner.TextColor) },
            FontSize = new W.FontSize { Val = Units.HalfPoints(Furniture.BannerTextSize) },
        }));

        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(paperWidth) },
            Shading = Paragraphs.Shading(theme.Banner.ColorFor(marking)),
            TableCellVerticalAlignment = new W.TableCellVerticalAlignment
            {
                Val = atTop ? W.TableVerticalAlignmentValues.Top : W.TableVerticalAlignmentValues.Bottom,
            },
        }, paragraph);
        var row = new W.TableRow(
            new W.TableRowProperties(
                new W.CantSplit(),
                new W.TableRowHeight { Val = (uint)Units.Twips(Furniture.BannerHeight), HeightType = W.HeightRuleValues.Exact }),
            cell);
        return new W.Table(properties, new W.TableGrid(new W.GridColumn { Width = Units.Text(paperWidth) }), row);
    }

    /// A story cannot end with a table: this all but empty paragraph closes a header or footer after the banner.
    public static W.Paragraph EndMark()
    {
        var paragraph = new W.Paragraph();
        var properties = Paragraphs.Properties(paragraph);
        properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "1", LineRule = W.LineSpacingRuleValues.Exact };
        properties.ParagraphMarkRunProperties = new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" });
        return paragraph;
    }

    /// The space between the banner and the running header or footer that centres their line between the banner and the
    /// body, where the PDF draws it.
    public static double RunningTextGap(double margin, double size) =>
        Math.Max(0, (margin - Furniture.BannerHeight) / 2 - size / 2);
}
