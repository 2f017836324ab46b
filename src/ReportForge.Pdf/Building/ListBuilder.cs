using System.Globalization;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

internal static class ListBuilder
{
    public static Element Build(Model.ListBlock list, BlockBuilder builder, int depth)
    {
        var styles = builder.Styles;
        var sheet = styles.Sheet;
        var items = new List<Element>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var label = list.Ordered ? Number(list.Start + i, depth) : sheet.Bullets[depth % sheet.Bullets.Count];
            var labelText = new TextBlockElement([new TextSpan(label, styles.Body, list.Ordered ? sheet.Body.Color : sheet.BulletColor)],
                TextAlignment.Left, sheet.Body.LineFactor);
            var body = new ColumnElement(list.Items[i].Blocks.Select((b, j) => b is Model.ListBlock nested
                ? new PaddingElement(Build(nested, builder, depth + 1), sheet.ListItemGap, 0) { Collapses = true }
                : builder.Block(b, compact: true, last: j == list.Items[i].Blocks.Count - 1)).ToList());
            var indent = list.Ordered ? sheet.OrderedListIndent : sheet.ListIndent;
            var gap = i == list.Items.Count - 1 ? 0 : sheet.ListItemGap;
            items.Add(new PaddingElement(new ListItemElement(labelText, body, indent), 0, gap) { Collapses = true });
        }
        var column = new TaggedElement(new ColumnElement(items), StructureKind.List);
        return depth == 0 ? new PaddingElement(column, sheet.ListGap.Before, sheet.ListGap.After) { Collapses = true } : column;
    }

    private static string Number(int n, int depth) => (depth % 3) switch
    {
        1 => ((char)('a' + (n - 1) % 26)) + ".",
        2 => Roman(n) + ".",
        _ => n.ToString(CultureInfo.InvariantCulture) + ".",
    };

    private static string Roman(int n)
    {
        var numerals = new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") };
        var result = "";
        foreach (var (value, text) in numerals)
        {
            while (n >= value) { result += text; n -= value; }
        }
        return result;
    }
}
