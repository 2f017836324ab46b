namespace ReportForge.Theming;

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
