using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>Keeps the group's blocks on one page when they fit on one.</summary>
internal static class KeepTogetherBuilder
{
    public static Element Build(Model.KeepTogether keep, BlockBuilder builder) =>
        new KeepTogetherElement(builder.Blocks(keep.Blocks));
}
