using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>A thin muted rule with a paragraph's space above and below.</summary>
internal static class ThematicBreakBuilder
{
    public static Element Build(BlockBuilder builder)
    {
        var rule = builder.Styles.Sheet.ThematicBreak;
        return new RuleElement(rule.Height, rule.Thickness, rule.Color, rule.Above);
    }
}
