using System.Globalization;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

internal static class ListBuilder
{
    // origin: how far the list's left edge lies from where tab stops are counted (the text's edge); a nested list sits
    // at its parents' indents.
    public static Element Build(Model.ListBlock list, BlockBuilder builder, int depth, double origin = 0)
    {
        var styles = builder.Styles;
        var sheet = styles.Sheet;
        var indent = list.Ordered ? sheet.OrderedListIndent : sheet.ListIndent;
        var items = new List<Element>();
        for (var i = 0; i < list.Items.Count; i++)
        {
            var label = list.Ordered ? Number(list.Start + i, depth) : sheet.Bullets[depth % sheet.Bullets.Count];
            var labelText = new TextBlockElement([new TextSpan(label, styles.Body, list.Ordered ? sheet.Body.Color : sheet.BulletColor)],
                TextAlignment.Left, sheet.Body.LineFactor);
            var blocks = list.Items[i].Blocks;
            TextBlockElement? firstText = null;
            var body = new ColumnElement(blocks.Select((b, j) => b switch
            {
                Model.ListBlock nested => new PaddingElement(Build(nested, builder, depth + 1, origin + indent), sheet.ListItemGap, 0) { Collapses = true },
                Model.Paragraph paragraph when j == 0 => ParagraphBuilder.Build(paragraph, builder, blocks.Count == 1 ? 0 : sheet.Compact, out firstText),
                _ => builder.Block(b, compact: true, last: j == blocks.Count - 1),
            }).ToList());
            var gap = i == list.Items.Count - 1 ? 0 : sheet.ListItemGap;
            items.Add(new PaddingElement(new ListItemElement(labelText, body, indent)
            {
                FirstText = firstText,
                TabOrigin = origin,
                TabStop = sheet.DefaultTabStop,
            }, 0, gap) { Collapses = true });
        }
        var column = new TaggedElement(new ColumnElement(items), StructureKind.List);
        return depth == 0 ? new PaddingElement(column, sheet.ListGap.Before, sheet.ListGap.After) { Collapses = true } : column;
    }

    // Word's formats, so that both documents number alike: letters double after z (aa, bb), Roman numerals in full.
    private static string Number(int n, int depth) => (depth % 3) switch
    {
        1 => n < 1 ? n.ToString(CultureInfo.InvariantCulture) + "." : new string((char)('a' + (n - 1) % 26), (n - 1) / 26 + 1) + ".",
        2 => Roman(n) + ".",
        _ => n.ToString(CultureInfo.InvariantCulture) + ".",
    };

    private static string Roman(int n)
    {
        var numerals = new[] { (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
            (5, "v"), (4, "iv"), (1, "i") };
        var result = new System.Text.StringBuilder();
        foreach (var (value, text) in numerals)
        {
            while (n >= value) { result.Append(text); n -= value; }
        }
        return result.ToString();
    }
}
