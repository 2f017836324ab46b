using DocumentFormat.OpenXml;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

internal static class ParagraphWriter
{
    public static void Write(Model.Paragraph paragraph, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var p = Paragraphs.New(scope.InList ? StyleIds.ListParagraph : null);
        Paragraphs.Indent(p, scope);
        Paragraphs.Direction(p, paragraph.Content);
        if (context.Justify)
            Paragraphs.Properties(p).Justification = new W.Justification { Val = W.JustificationValues.Both };
        p.Append(InlineWriter.Write(paragraph.Content, context));
        output.Add(p);
    }
}
