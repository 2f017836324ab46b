using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;

namespace ReportForge.Pdf.Building;

internal static class CodeBlockBuilder
{
    public static Element Build(CodeBlock code, BlockBuilder builder)
    {
        var sheet = builder.Styles.Sheet;
        var face = PdfStyles.Face(sheet.Code);
        var lines = TabStops.Expand(code.Text, sheet.CodeTabColumns).TrimEnd('\n').Split('\n');
        var spans = new List<TextSpan>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) spans.Add(new TextSpan("\n", face, sheet.Code.Color));
            // No-break spaces keep the indentation that the line breaker would otherwise fold.
            spans.Add(new TextSpan(lines[i].Replace(' ', '\u00A0'), face, sheet.Code.Color));
        }
        var text = new TextBlockElement(spans, TextAlignment.Left, sheet.Code.LineFactor);
        var box = new BoxElement(text, BoxStyles.From(sheet.CodeBox));
        return new PaddingElement(new TaggedElement(box, StructureKind.Code), sheet.CodeGap.Before, sheet.CodeGap.After);
    }
}
