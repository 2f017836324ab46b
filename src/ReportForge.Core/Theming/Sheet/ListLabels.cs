using System.Globalization;
using ReportForge.Model;

namespace ReportForge.Theming;

/// <summary>
/// An ordered list's labels and the column they sit in, for both writers. The column is as wide as the list's widest
/// label plus a gap, and at least the style sheet's indent; the numbers are right-aligned at the column's label edge so
/// "9." and "10." line up and every item's text starts at one x. The gap is what the indent leaves beside a one-digit
/// number, so a list of up to nine items looks as it did with left-aligned numbers.
/// </summary>
public static class ListLabels
{
    /// <summary>The decimal label the gap is measured from.</summary>
    public const string Reference = "0.";

    /// <summary>The longest letter or Roman label; a longer one (past 390 in letters, where a label would soon be
    /// wider than the page) is written in decimal.</summary>
    public const int MaxLength = 16;

    /// <summary>An ordered item's label at a nesting depth, in Word's formats so both documents number alike: decimal,
    /// then letters (doubled after z: aa, bb), then Roman numerals in full, repeating; a letter or Roman label longer
    /// than <see cref="MaxLength"/> in decimal.</summary>
    /// <param name="n">The item's number.</param>
    /// <param name="depth">How many lists it is nested in (0 at the top).</param>
    public static string Ordered(long n, int depth)
    {
        var label = Formatted(n, depth);
        return label.Length <= MaxLength ? label : n.ToString(CultureInfo.InvariantCulture) + ".";
    }

    /// <summary>Whether Word's own numbering format gives the label (not so for a letter or Roman label too long).</summary>
    /// <param name="n">The item's number.</param>
    /// <param name="depth">How many lists it is nested in (0 at the top).</param>
    public static bool InWordFormat(long n, int depth) => depth % 3 == 0 || Formatted(n, depth).Length <= MaxLength;

    private static string Formatted(long n, int depth) => (depth % 3) switch
    {
        1 when n > 26 * MaxLength => new string('z', MaxLength + 1),
        1 => n < 1 ? n.ToString(CultureInfo.InvariantCulture) + "." : new string((char)('a' + (n - 1) % 26), (int)((n - 1) / 26 + 1)) + ".",
        2 when n >= 10000 => new string('m', MaxLength + 1),
        2 => n < 1 ? n.ToString(CultureInfo.InvariantCulture) + "." : Roman(n) + ".",
        _ => n.ToString(CultureInfo.InvariantCulture) + ".",
    };

    /// <summary>The labels of an ordered list's items, first to last.</summary>
    /// <param name="list">The list.</param>
    /// <param name="depth">How many lists it is nested in.</param>
    public static IEnumerable<string> Of(ListBlock list, int depth)
    {
        ArgumentNullException.ThrowIfNull(list);
        for (var i = 0; i < list.Items.Count; i++) yield return Ordered((long)list.Start + i, depth);
    }

    /// <summary>The label column of an ordered list whose widest label is <paramref name="widest"/> points wide, when
    /// <see cref="Reference"/> is <paramref name="reference"/> points wide in the body text.</summary>
    /// <param name="sheet">The style sheet: the indent and the body text.</param>
    /// <param name="widest">The widest label's width in points.</param>
    /// <param name="reference">The width of <see cref="Reference"/> in points.</param>
    public static ListColumn Column(StyleSheet sheet, double widest, double reference)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var indent = sheet.OrderedListIndent;
        // Widths go up to the next twip, so that the widest label fits its column.
        var gap = Twips.Round(Math.Max(indent - Up(reference), sheet.Body.Size / 4));
        var right = Math.Max(Up(widest), indent - gap);
        return new ListColumn(right + gap, right);
    }

    private static double Up(double points) => Math.Ceiling(points * 20) / 20;

    private static string Roman(long n)
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

/// <summary>An ordered list's label column, in points on the twip grid, from the list's left edge.</summary>
/// <param name="Width">Where every item's text starts.</param>
/// <param name="LabelRight">Where every label ends (right-aligned).</param>
public readonly record struct ListColumn(double Width, double LabelRight);
