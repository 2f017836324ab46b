using DocumentFormat.OpenXml;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A quote as its own card, like the PDF's: a one-cell table whose left border is the bar, the quoted paragraphs in the
/// Quote style (colour, upright), the attribution flush left. Word and LibreOffice merge consecutive paragraphs with the
/// same border into one block, so a paragraph border would run all quotes of a section together.
internal static class QuoteWriter
{
    public static void Write(Quote quote, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var sheet = context.Sheet;
        var box = sheet.QuoteBox;
        var inset = Units.Twips(sheet.QuoteIndent);
        var width = scope.Available - inset;
        // LibreOffice sets a cell's text half its left border's width further in than the margin says.
        var leftMargin = Units.Twips(box.Left - box.BarWidth / 2);
        var inner = Content(quote, context, width - leftMargin);

        var padding = Units.Twips(box.Top);
        var properties = new W.TableProperties
        {
            TableWidth = new W.TableWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
            TableIndentation = new W.TableIndentation { Type = W.TableWidthUnitValues.Dxa, Width = scope.Indent + inset },
            TableBorders = new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Nil },
                new W.LeftBorder
                {
                    Val = W.BorderValues.Single,
                    Size = Units.EighthPoints(box.BarWidth),
                    Space = 0,
                    Color = Units.Color(box.Bar ?? context.Theme.Colors.QuoteBar),
                },
                new W.BottomBorder { Val = W.BorderValues.Nil },
                new W.RightBorder { Val = W.BorderValues.Nil },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Nil },
                new W.InsideVerticalBorder { Val = W.BorderValues.Nil }),
            TableLayout = new W.TableLayout { Type = W.TableLayoutValues.Fixed },
            TableCellMarginDefault = new W.TableCellMarginDefault(
                new W.TopMargin { Width = Units.Text(padding), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellLeftMargin { Width = (short)leftMargin, Type = W.TableWidthValues.Dxa },
                new W.BottomMargin { Width = Units.Text(padding), Type = W.TableWidthUnitValues.Dxa },
                new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa }),
            TableLook = new W.TableLook { Val = "0000", FirstRow = false, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true,
                NoVerticalBand = true },
        };
        var cell = new W.TableCell(new W.TableCellProperties
        {
            TableCellWidth = new W.TableCellWidth { Type = W.TableWidthUnitValues.Dxa, Width = Units.Text(width) },
        });
        cell.Append(inner);
        // The PDF keeps a quote on one page where it fits; a card taller than a page must split or Word cuts it off.
        var row = new W.TableRow();
        if (!TallerThanPage(quote, width - leftMargin, context))
            row.Append(new W.TableRowProperties(new W.CantSplit()));
        row.Append(cell);

        output.Add(Paragraphs.Spacer(sheet.QuoteGap.Before, keepNext: true));
        output.Add(new W.Table(properties, new W.TableGrid(new W.GridColumn { Width = Units.Text(width) }), row));
        output.Add(Paragraphs.Spacer(sheet.QuoteGap.After));
    }

    private static List<OpenXmlElement> Content(Quote quote, WordContext context, int width)
    {
        var inner = new List<OpenXmlElement>();
        var scope = BlockScope.Body(width);
        for (var i = 0; i < quote.Blocks.Count; i++)
        {
            var start = inner.Count;
            BlockWriter.Write(quote.Blocks[i], context, scope, inner);
            if (quote.Blocks[i] is not Model.Paragraph || inner.Count != start + 1 || inner[start] is not W.Paragraph paragraph)
                continue;
            Paragraphs.SetStyle(paragraph, StyleIds.Quote);
            Paragraphs.SpaceAfter(paragraph, i == quote.Blocks.Count - 1 ? 0 : context.Sheet.QuoteParagraphGap);
            if (QuoteAttribution.Is(quote, i))
                Paragraphs.Properties(paragraph).Justification = new W.Justification { Val = W.JustificationValues.Left };
        }
        // A cell ends with a paragraph.
        if (inner.Count == 0 || inner[^1] is not W.Paragraph)
            inner.Add(Paragraphs.Spacer(0.05));
        else if (inner[^1] is W.Paragraph last)
            Paragraphs.SpaceAfter(last, 0);
        return inner;
    }

    // An estimate at about half an em a character: Word lays the card out itself, so only a quote well past a page's
    // text height is let split.
    private static bool TallerThanPage(Quote quote, int width, WordContext context)
    {
        var size = context.Theme.Sizes.Body;
        var lines = quote.Blocks.Sum(b => PageFit.Lines(BlockText(b), width / 20.0, size));
        return PageFit.TallerThanPage(lines * size * context.Theme.Spacing.LineHeight, context.Theme);
    }

    private static string BlockText(Block block) => block switch
    {
        Model.Paragraph p => InlineText.Plain(p.Content),
        Quote q => string.Concat(q.Blocks.Select(BlockText)),
        CodeBlock c => c.Text,
        _ => "",
    };
}
