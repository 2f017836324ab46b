namespace ReportForge.Theming;

/// <summary>The inclusive range a theme number may take, in <see cref="Unit"/>.</summary>
public readonly record struct ThemeRange(double Min, double Max, string Unit)
{
    /// <summary>Whether <paramref name="value"/> lies in the range (NaN and infinities never do).</summary>
    public bool Holds(double value) => value >= Min && value <= Max;

    /// <summary>"between 1 and 200 pt".</summary>
    public override string ToString() => $"between {Format(Min)} and {Format(Max)}{(Unit.Length > 0 ? " " + Unit : "")}";

    private static string Format(double value) => value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The ranges of theme values, documented in docs/templates.md ("Themes"). They keep every theme the writers can
/// lay out: a font size of 0 made text invisible and looped the layout, negative spacing stacked pages of text onto
/// one, negative margins cut text at the paper's edge.
/// </summary>
public static class ThemeRanges
{
    /// <summary>Font sizes (<c>sizes.*</c>).</summary>
    public static ThemeRange FontSize { get; } = new(1, 200, "pt");
    /// <summary>The watermark's font size.</summary>
    public static ThemeRange WatermarkSize { get; } = new(1, 400, "pt");
    /// <summary>Each page margin; together they must leave <see cref="MinTextArea"/> for text.</summary>
    public static ThemeRange Margin { get; } = new(0, 720, "pt");
    /// <summary>Space before and after paragraphs, headings and list items, list indents and the header gap.</summary>
    public static ThemeRange Spacing { get; } = new(0, 144, "pt");
    /// <summary>Padding inside table cells.</summary>
    public static ThemeRange CellPadding { get; } = new(0, 36, "pt");
    /// <summary>Line height as a multiple of the font size.</summary>
    public static ThemeRange LineHeight { get; } = new(0.8, 3, "times the font size");
    /// <summary>A code block's tab stops, in columns of the mono font (<c>tab_size</c>; whole numbers).</summary>
    public static ThemeRange TabSize { get; } = new(1, 16, "columns");
    /// <summary>The least number of entries for a contents to be drawn (<c>contents.min_entries</c>; whole numbers).</summary>
    public static ThemeRange ContentsEntries { get; } = new(0, 10000, "entries");
    /// <summary>The watermark's opacity.</summary>
    public static ThemeRange Opacity { get; } = new(0, 1, "");

    /// <summary>The least width and height, in points, the margins must leave for text (2 inches).</summary>
    public const double MinTextArea = 144;
}
