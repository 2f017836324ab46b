namespace ReportForge.Theming;

/// <summary>
/// The colours of tags (theme <c>tags</c>: tone name → colour) and of the change bar. A tag's text is drawn in its
/// tone's colour, bold, on a light tint of it; the tint is an opaque colour (PDF/A-1 allows no transparency), the same
/// in both formats.
/// </summary>
public sealed class TagTheme
{
    /// <summary>How much of the tone's colour is in its tint (the rest is white).</summary>
    public const double TintShare = 0.14;

    /// <summary>The tone colours by name; a theme's <c>tags</c> adds to and overrides these.</summary>
    public Dictionary<string, Rgb> Tones { get; set; } = new(StringComparer.Ordinal)
    {
        ["default"] = new(0x2f, 0x55, 0x97),
        ["new"] = new(0x1a, 0x6e, 0x33),
        ["added"] = new(0x1a, 0x6e, 0x33),
        ["updated"] = new(0x8a, 0x55, 0x00),
        ["held"] = new(0x1f, 0x5f, 0xb4),
        ["agreed"] = new(0x0f, 0x6b, 0x6b),
        ["scheduled"] = new(0x5f, 0x6b, 0x7a),
        ["postponed"] = new(0x8a, 0x55, 0x00),
        ["cancelled"] = new(0xa8, 0x1f, 0x1f),
        ["removed"] = new(0xa8, 0x1f, 0x1f),
    };

    /// <summary>The bar beside changed blocks in the PDF's margin.</summary>
    public Rgb ChangeBar { get; set; } = new(0xc2, 0x7c, 0x0e);

    /// <summary>The colour of a tone: its own, else the theme's <c>default</c> tone.</summary>
    public Rgb Text(string tone) =>
        Tones.TryGetValue(tone, out var colour) ? colour : Tones.TryGetValue("default", out var fallback) ? fallback : new(0x2f, 0x55, 0x97);

    /// <summary>The tint behind a tone's tag.</summary>
    public Rgb Background(string tone) => Tint(Text(tone));

    private static Rgb Tint(Rgb colour)
    {
        static byte Mix(byte c) => (byte)Math.Round(255 - (255 - c) * TintShare, MidpointRounding.AwayFromZero);
        return new(Mix(colour.R), Mix(colour.G), Mix(colour.B));
    }
}
