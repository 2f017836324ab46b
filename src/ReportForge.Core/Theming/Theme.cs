namespace ReportForge.Theming;

/// <summary>
/// One theme drives both writers. Lengths are in points (1/72 inch); colours are <see cref="Rgb"/>; sizes, orientations
/// and alignments are enums. Every property has a default, so a theme.json only names what it changes; a theme read
/// from JSON (<see cref="ThemeReader"/>) holds only values inside <see cref="ThemeRanges"/>.
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
    /// <summary>How body paragraphs are aligned.</summary>
    public TextAlign TextAlign { get; set; } = TextAlign.Justify;

    /// <summary>The built-in theme.</summary>
    public static Theme Default => new();
}

/// <summary>Page size and margins, in points.</summary>
public sealed class PageTheme
{
    /// <summary>The paper size.</summary>
    public PageSize Size { get; set; } = PageSize.A4;
    /// <summary>Top margin.</summary>
    public double MarginTop { get; set; } = 72;
    /// <summary>Bottom margin.</summary>
    public double MarginBottom { get; set; } = 72;
    /// <summary>Left margin.</summary>
    public double MarginLeft { get; set; } = 64;
    /// <summary>Right margin.</summary>
    public double MarginRight { get; set; } = 64;

    /// <summary>Portrait or landscape.</summary>
    public PageOrientation Orientation { get; set; } = PageOrientation.Portrait;

    /// <summary>Page width and height in points, turned for landscape.</summary>
    public (double Width, double Height) Dimensions
    {
        get
        {
            var (width, height) = Size switch
            {
                PageSize.Letter => (612, 792),
                PageSize.Legal => (612, 1008),
                _ => (595.28, 841.89),
            };
            return Orientation == PageOrientation.Landscape ? (height, width) : (width, height);
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

/// <summary>Colours.</summary>
public sealed class ColorTheme
{
    /// <summary>Running text.</summary>
    public Rgb Text { get; set; } = new(0x1b, 0x1f, 0x24);
    /// <summary>Headings and the title.</summary>
    public Rgb Heading { get; set; } = new(0x1f, 0x38, 0x64);
    /// <summary>Rules and accents.</summary>
    public Rgb Accent { get; set; } = new(0x2f, 0x55, 0x97);
    /// <summary>Header, footer and secondary text.</summary>
    public Rgb Muted { get; set; } = new(0x5f, 0x6b, 0x7a);
    /// <summary>Links.</summary>
    public Rgb Link { get; set; } = new(0x1f, 0x5f, 0xb4);
    /// <summary>Table header background.</summary>
    public Rgb TableHeader { get; set; } = new(0xe6, 0xeb, 0xf2);
    /// <summary>Every other body row.</summary>
    public Rgb TableZebra { get; set; } = new(0xf6, 0xf8, 0xfb);
    /// <summary>Table borders.</summary>
    public Rgb TableBorder { get; set; } = new(0xb7, 0xc1, 0xce);
    /// <summary>The bar beside quotes.</summary>
    public Rgb QuoteBar { get; set; } = new(0x8e, 0xa9, 0xc8);
    /// <summary>Quote text.</summary>
    public Rgb QuoteText { get; set; } = new(0x33, 0x3d, 0x4a);
    /// <summary>Callout background.</summary>
    public Rgb CalloutBackground { get; set; } = new(0xee, 0xf3, 0xf9);
    /// <summary>Callout border.</summary>
    public Rgb CalloutBorder { get; set; } = new(0x9f, 0xb6, 0xd3);
    /// <summary>Code background.</summary>
    public Rgb CodeBackground { get; set; } = new(0xf3, 0xf4, 0xf6);
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
    public Rgb TextColor { get; set; } = new(0xff, 0xff, 0xff);
    /// <summary>Banner colour per level; a level not named here uses <see cref="DefaultColor"/>.</summary>
    public Dictionary<string, Rgb> Colors { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UNCLASSIFIED"] = new(0x2e, 0x7d, 0x32),
        ["OFFICIAL"] = new(0x37, 0x47, 0x4f),
        ["OFFICIAL-SENSITIVE"] = new(0x6a, 0x1b, 0x9a),
        ["CONFIDENTIAL"] = new(0x15, 0x65, 0xc0),
        ["SECRET"] = new(0xc6, 0x28, 0x28),
        ["TOP SECRET"] = new(0xe6, 0x51, 0x00),
    };
    /// <summary>Colour for levels without their own.</summary>
    public Rgb DefaultColor { get; set; } = new(0x37, 0x47, 0x4f);

    /// <summary>The banner colour for a level.</summary>
    public Rgb ColorFor(string level)
    {
        foreach (var (name, colour) in Colors)
            if (string.Equals(name, level, StringComparison.OrdinalIgnoreCase)) return colour;
        return DefaultColor;
    }
}

/// <summary>An RGB colour parsed from #rrggbb.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses #rrggbb (or rrggbb); throws <see cref="FormatException"/> for anything else.</summary>
    public static Rgb Parse(string hex) =>
        TryParse(hex, out var colour) ? colour : throw new FormatException($"'{hex}' is not a colour of the form #rrggbb");

    /// <summary>Parses #rrggbb (or rrggbb), six hexadecimal digits.</summary>
    public static bool TryParse(string? hex, out Rgb colour)
    {
        colour = default;
        var h = hex is not null && hex.StartsWith('#') ? hex[1..] : hex;
        if (h is not { Length: 6 } || !h.All(char.IsAsciiHexDigit)) return false;
        var v = int.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        colour = new((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    /// <summary>#rrggbb, lower case, as themes write it.</summary>
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>rrggbb without the hash, upper case (as Word wants it).</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";
}

/// <summary>A diagonal text across every page, such as DRAFT.</summary>
public sealed class WatermarkTheme
{
    /// <summary>The text; empty for none (the template can set <c>document.watermark</c>).</summary>
    public string Text { get; set; } = "";
    /// <summary>Colour.</summary>
    public Rgb Color { get; set; } = new(0xc8, 0xcc, 0xd2);
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
