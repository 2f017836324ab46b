using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The footnotes part: real Word footnotes: the separator (-1) and continuation separator (0) Word expects, then one w:footnote per
/// model footnote with the model's number as its id, so each w:footnoteReference id in the body is its number.
/// The note's paragraphs take FootnoteText; the first opens with the footnoteRef mark.
internal static class FootnotesPart
{
    public const int SeparatorId = -1;
    public const int ContinuationSeparatorId = 0;

    public static void AddTo(MainDocumentPart mainPart, IReadOnlyList<Footnote> footnotes, WordContext context)
    {
        if (footnotes.Count == 0)
            return;
        var part = mainPart.AddNewPart<DocumentFormat.OpenXml.Packaging.FootnotesPart>("rIdFootnotes");
        var rule = context.Sheet.FootnoteRule.Height;
        var root = new W.Footnotes(
            Separator(SeparatorId, W.FootnoteEndnoteValues.Separator, new W.SeparatorMark(), rule),
            Separator(ContinuationSeparatorId, W.FootnoteEndnoteValues.ContinuationSeparator, new W.ContinuationSeparatorMark(), rule));

        var previous = context.CurrentPart;
        context.CurrentPart = part;
        foreach (var footnote in footnotes)
            root.Append(Note(footnote, context));
        context.CurrentPart = previous;
        part.Footnotes = DrawingNamespaces.DeclareOn(root);
    }

    /// The separator's line takes exactly the rule's room above the notes, as the PDF gives it.
    private static W.Footnote Separator(int id, W.FootnoteEndnoteValues type, OpenXmlElement mark, double height) => new(
        new W.Paragraph(
            new W.ParagraphProperties(new W.SpacingBetweenLines
            {
                Before = "0",
                After = "0",
                Line = Units.TwipsText(height),
                LineRule = W.LineSpacingRuleValues.Exact,
            }),
            new W.Run(mark)))
    { Type = type, Id = id };

    private static W.Footnote Note(Footnote footnote, WordContext context)
    {
        var blocks = new List<OpenXmlElement>();
        BlockWriter.WriteAll(footnote.Blocks, context, BlockScope.Body(context.TextWidth), blocks);
        if (blocks.FirstOrDefault() is not W.Paragraph first)
        {
            first = new W.Paragraph();
            blocks.Insert(0, first);
        }
        foreach (var paragraph in blocks.OfType<W.Paragraph>().Where(p => Paragraphs.Style(p) is null))
        {
            Paragraphs.SetStyle(paragraph, StyleIds.FootnoteText);
            // Notes are set flush left, as in the PDF, whatever the body's alignment.
            Paragraphs.Properties(paragraph).Justification = null;
        }
        Paragraphs.SetStyle(first, Paragraphs.Style(first) ?? StyleIds.FootnoteText);
        first.InsertAfter(new W.Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }), first.ParagraphProperties);
        first.InsertAfter(new W.Run(new W.RunProperties(new W.RunStyle { Val = StyleIds.FootnoteReference }), new W.FootnoteReferenceMark()),
            first.ParagraphProperties);
        return new W.Footnote(blocks) { Id = footnote.Number };
    }
}
