namespace ReportForge.Theming;

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
