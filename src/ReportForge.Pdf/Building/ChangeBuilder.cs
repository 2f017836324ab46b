using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

/// <summary>
/// A changed part: its blocks as they would be without the change, with a change bar beside them. The PDF shows the
/// accepted state, so a removed part draws nothing.
/// </summary>
internal static class ChangeBuilder
{
    public static Element Build(Change change, BlockBuilder builder, bool compact, bool last)
    {
        if (change.Kind == ChangeKind.Removed) return new ColumnElement([]);
        var blocks = change.Blocks;
        var column = new ColumnElement(blocks.Select((b, i) => builder.Block(b, compact, last && i == blocks.Count - 1)).ToList());
        return new ChangeBarElement(column, builder.Styles.Theme.Tags.ChangeBar);
    }
}
