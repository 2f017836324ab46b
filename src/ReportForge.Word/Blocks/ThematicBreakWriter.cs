using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// An empty paragraph with a bottom rule.
internal static class ThematicBreakWriter
{
    public static void Write(WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var p = Paragraphs.New(null);
        Paragraphs.Indent(p, scope);
        Paragraphs.Properties(p).ParagraphBorders = new W.ParagraphBorders(new W.BottomBorder
        {
            Val = W.BorderValues.Single,
            Size = 6,
            Space = 1,
            Color = Units.Color(context.Theme.Colors.Accent),
        });
        output.Add(p);
    }
}
