using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

/// <summary>The theme turned into faces, colours and spacing the element builders use.</summary>
internal sealed class PdfStyles(Theme theme)
{
    public Theme Theme { get; } = theme;
    public FontFace Body { get; } = new(theme.Fonts.Body, false, false, theme.Sizes.Body);
    public FontFace Mono { get; } = new(theme.Fonts.Mono, false, false, theme.Sizes.Code);
    public FontFace Small { get; } = new(theme.Fonts.Body, false, false, theme.Sizes.Small);
    public FontFace TableText { get; } = new(theme.Fonts.Body, false, false, theme.Sizes.Table);
    public Rgb Text { get; } = Rgb.Parse(theme.Colors.Text);
    public Rgb HeadingColor { get; } = Rgb.Parse(theme.Colors.Heading);
    public Rgb Accent { get; } = Rgb.Parse(theme.Colors.Accent);
    public Rgb Muted { get; } = Rgb.Parse(theme.Colors.Muted);
    public Rgb LinkColor { get; } = Rgb.Parse(theme.Colors.Link);
    public Rgb QuoteText { get; } = Rgb.Parse(theme.Colors.QuoteText);
    public double LineHeight => Theme.Spacing.LineHeight;
    public TextAlignment BodyAlignment { get; } = theme.TextAlign.Equals("justify", StringComparison.OrdinalIgnoreCase) ? TextAlignment.Justify : TextAlignment.Left;

    public FontFace Heading(int level) => new(Theme.Fonts.Headings, true, false, Theme.Sizes.Heading(level));
}
