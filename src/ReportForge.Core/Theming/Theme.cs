namespace ReportForge.Theming;

/// <summary>
/// One theme drives both writers. Lengths are in points (1/72 inch); colours are <c>#rrggbb</c>.
/// Every property has a default, so a theme.json only names what it changes.
/// </summary>
public sealed class Theme
{
    /// <summary>Page size and margins.</summary>
    public PageTheme Page { get; set; } = new();
    /// <summary>Font families.</summary>
    public FontTheme Fonts { get; set; } = new();
    /// <summary>Font sizes in points.</summary>
    public SizeTheme Sizes { get; set; } = new();
    /// <summary>Colours.</summary>
    public ColorTheme Colors { get; set; } = new();
    /// <summary>Vertical and horizontal spacing.</summary>
    public SpacingTheme Spacing { get; set; } = new();
    /// <summary>Running header.</summary>
    public RunningText Header { get; set; } = new() { Left = "{title}", Right = "{date}" };
    /// <summary>Running footer.</summary>
    public RunningText Footer { get; set; } = new() { Center = "Page {page} of {pages}" };
    /// <summary>Classification banner.</summary>
    public BannerTheme Banner { get; set; } = new();
    /// <summary>Diagonal watermark across every page.</summary>
    public WatermarkTheme Watermark { get; set; } = new();
    /// <summary>Wording of generated text.</summary>
    public WordingTheme Wording { get; set; } = new();
    /// <summary>"justify" or "left".</summary>
    public string TextAlign { get; set; } = "justify";

    /// <summary>The built-in theme.</summary>
    public static Theme Default => new();
}

/// <summary>Page size and margins, in points.</summary>
public sealed class PageTheme
{
    /// <summary>A4, Letter or Legal.</summary>
    public string Size { get; set; } = "A4";
    /// <summary>Top margin.</summary>
    public double MarginTop { get; set; } = 72;
    /// <summary>Bottom margin.</summary>
    public double MarginBottom { get; set; } = 72;
    /// <summary>Left margin.</summary>
    public double MarginLeft { get; set; } = 64;
    /// <summary>Right margin.</summary>
    public double MarginRight { get; set; } = 64;

    /// <summary>portrait or landscape.</summary>
    public string Orientation { get; set; } = "portrait";

    /// <summary>Page width and height in points, turned for landscape.</summary>
    public (double Width, double Height) Dimensions
    {
        get
        {
            var (width, height) = Size.ToUpperInvariant() switch
            {
                "LETTER" => (612, 792),
                "LEGAL" => (612, 1008),
                _ => (595.28, 841.89),
            };
            return string.Equals(Orientation, "landscape", StringComparison.OrdinalIgnoreCase) ? (height, width) : (width, height);
        }
    }
}

/// <summary>Font families; <see cref="Fallbacks"/> serve scripts the body family lacks.</summary>
public sealed class FontTheme
{
    /// <summary>Running text.</summary>
    public string Body { get; set; } = "Liberation Sans";
    /// <summary>Headings and title.</summary>
    public string Headings { get; set; } = "Liberation Sans";
    /// <summary>Code.</summary>
    public string Mono { get; set; } = "Liberation Mono";
    /// <summary>Families tried in order for characters the others lack.</summary>
    public List<string> Fallbacks { get; set; } = ["DejaVu Sans"];
}

/// <summary>Font sizes in points.</summary>
public sealed class SizeTheme
{
    /// <summary>Running text.</summary>
    public double Body { get; set; } = 10.5;
    /// <summary>Header, footer, captions.</summary>
    public double Small { get; set; } = 8;
    /// <summary>Document title.</summary>
    public double Title { get; set; } = 22;
    /// <summary>Subtitle.</summary>
    public double Subtitle { get; set; } = 13;
    /// <summary>Heading level 1.</summary>
    public double H1 { get; set; } = 15;
    /// <summary>Heading level 2.</summary>
    public double H2 { get; set; } = 12.5;
    /// <summary>Heading level 3 and below.</summary>
    public double H3 { get; set; } = 11;
    /// <summary>Code.</summary>
    public double Code { get; set; } = 9;
    /// <summary>Table cells.</summary>
    public double Table { get; set; } = 9.5;

    /// <summary>The size of a heading level.</summary>
    public double Heading(int level) => level switch { 1 => H1, 2 => H2, _ => H3 };
}

/// <summary>Colours as #rrggbb.</summary>
public sealed class ColorTheme
{
    /// <summary>Running text.</summary>
    public string Text { get; set; } = "#1b1f24";
    /// <summary>Headings and the title.</summary>
    public string Heading { get; set; } = "#1f3864";
    /// <summary>Rules and accents.</summary>
    public string Accent { get; set; } = "#2f5597";
    /// <summary>Header, footer and secondary text.</summary>
    public string Muted { get; set; } = "#5f6b7a";
    /// <summary>Links.</summary>
    public string Link { get; set; } = "#1f5fb4";
    /// <summary>Table header background.</summary>
    public string TableHeader { get; set; } = "#e6ebf2";
    /// <summary>Every other body row.</summary>
    public string TableZebra { get; set; } = "#f6f8fb";
    /// <summary>Table borders.</summary>
    public string TableBorder { get; set; } = "#b7c1ce";
    /// <summary>The bar beside quotes.</summary>
    public string QuoteBar { get; set; } = "#8ea9c8";
    /// <summary>Quote text.</summary>
    public string QuoteText { get; set; } = "#333d4a";
    /// <summary>Callout background.</summary>
    public string CalloutBackground { get; set; } = "#eef3f9";
    /// <summary>Callout border.</summary>
    public string CalloutBorder { get; set; } = "#9fb6d3";
    /// <summary>Code background.</summary>
    public string CodeBackground { get; set; } = "#f3f4f6";
}

/// <summary>Spacing in points, and line height as a multiple of the font size.</summary>
public sealed class SpacingTheme
{
    /// <summary>Line height factor.</summary>
    public double LineHeight { get; set; } = 1.3;
    /// <summary>Space after a paragraph.</summary>
    public double Paragraph { get; set; } = 6;
    /// <summary>Space above a heading.</summary>
    public double HeadingBefore { get; set; } = 14;
    /// <summary>Space below a heading.</summary>
    public double HeadingAfter { get; set; } = 5;
    /// <summary>Indent per list level.</summary>
    public double ListIndent { get; set; } = 16;
    /// <summary>Space between list items.</summary>
    public double ListItem { get; set; } = 2;
    /// <summary>Padding inside table cells.</summary>
    public double CellPadding { get; set; } = 4;
    /// <summary>Gap between the header and the body, and the body and the footer.</summary>
    public double HeaderGap { get; set; } = 18;
}

/// <summary>Header or footer text in three slots. Placeholders: {title} {date} {page} {pages} {classification}.</summary>
public sealed class RunningText
{
    /// <summary>Left slot.</summary>
    public string Left { get; set; } = "";
    /// <summary>Centre slot.</summary>
    public string Center { get; set; } = "";
    /// <summary>Right slot.</summary>
    public string Right { get; set; } = "";
    /// <summary>Whether the first page shows it.</summary>
    public bool OnFirstPage { get; set; } = true;

    /// <summary>Fills the placeholders.</summary>
    public static string Expand(string text, RunningValues values) => text
        .Replace("{title}", values.Title, StringComparison.Ordinal)
        .Replace("{date}", values.Date, StringComparison.Ordinal)
        .Replace("{page}", values.Page.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{pages}", values.Pages.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{classification}", values.Classification, StringComparison.Ordinal);
}

/// <summary>The values of the running-text placeholders on one page.</summary>
public readonly record struct RunningValues(string Title, string Date, string Classification, int Page, int Pages);

/// <summary>The classification banner at the top and bottom of every page.</summary>
public sealed class BannerTheme
{
    /// <summary>Whether the banner shows.</summary>
    public bool Enabled { get; set; } = true;
    /// <summary>Text colour on the banner.</summary>
    public string TextColor { get; set; } = "#ffffff";
    /// <summary>Banner colour per level; a level not named here uses <see cref="DefaultColor"/>.</summary>
    public Dictionary<string, string> Colors { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UNCLASSIFIED"] = "#2e7d32",
        ["OFFICIAL"] = "#37474f",
        ["OFFICIAL-SENSITIVE"] = "#6a1b9a",
        ["CONFIDENTIAL"] = "#1565c0",
        ["SECRET"] = "#c62828",
        ["TOP SECRET"] = "#e65100",
    };
    /// <summary>Colour for levels without their own.</summary>
    public string DefaultColor { get; set; } = "#37474f";

    /// <summary>The banner colour for a level.</summary>
    public string ColorFor(string level) =>
        Colors.FirstOrDefault(kv => string.Equals(kv.Key, level, StringComparison.OrdinalIgnoreCase)).Value ?? DefaultColor;
}

/// <summary>An RGB colour parsed from #rrggbb.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses #rrggbb (or rrggbb).</summary>
    public static Rgb Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length != 6 || !int.TryParse(h, System.Globalization.NumberStyles.HexNumber, null, out var v))
            throw new FormatException($"'{hex}' is not a colour of the form #rrggbb");
        return new((byte)(v >> 16), (byte)(v >> 8), (byte)v);
    }

    /// <summary>rrggbb without the hash, upper case (as Word wants it).</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";
}

/// <summary>A diagonal text across every page, such as DRAFT.</summary>
public sealed class WatermarkTheme
{
    /// <summary>The text; empty for none (the template can set <c>document.watermark</c>).</summary>
    public string Text { get; set; } = "";
    /// <summary>Colour.</summary>
    public string Color { get; set; } = "#c8ccd2";
    /// <summary>0 (invisible) to 1 (opaque).</summary>
    public double Opacity { get; set; } = 0.35;
    /// <summary>Font size in points.</summary>
    public double Size { get; set; } = 96;
}

/// <summary>Words the writers generate themselves.</summary>
public sealed class WordingTheme
{
    /// <summary>Above a table's repeated header on later pages; {caption} is the table's caption.</summary>
    public string TableContinued { get; set; } = "{caption} (continued)";
    /// <summary>The default title of a table of contents.</summary>
    public string Contents { get; set; } = "Contents";
}
