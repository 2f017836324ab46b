using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>A thin muted rule with a paragraph's space above and below.</summary>
internal static class ThematicBreakBuilder
{
    public static Element Build(BlockBuilder builder) =>
        new RuleElement(builder.Styles.Theme.Spacing.Paragraph * 2 + 1, 0.75, builder.Styles.Muted);
}
