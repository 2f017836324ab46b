using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// An empty paragraph with a bottom rule.
internal static class ThematicBreakWriter
{
    public static void Write(WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var rule = context.Sheet.ThematicBreak;
        var p = Paragraphs.Spacer(rule.Above);
        Paragraphs.Indent(p, scope);
        var properties = Paragraphs.Properties(p);
        properties.ParagraphBorders = new W.ParagraphBorders(new W.BottomBorder
        {
            Val = W.BorderValues.Single,
            Size = Units.EighthPoints(rule.Thickness),
            Space = 0,
            Color = Units.Color(rule.Color),
        });
        // The rest of the rule's height below the line.
        properties.SpacingBetweenLines!.After = Units.TwipsText(rule.Height - rule.Above - rule.Thickness);
        output.Add(p);
    }
}
