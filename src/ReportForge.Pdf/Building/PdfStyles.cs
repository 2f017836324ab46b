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
    public Rgb Text { get; } = theme.Colors.Text;
    public Rgb HeadingColor { get; } = theme.Colors.Heading;
    public Rgb Accent { get; } = theme.Colors.Accent;
    public Rgb Muted { get; } = theme.Colors.Muted;
    public Rgb LinkColor { get; } = theme.Colors.Link;
    public Rgb QuoteText { get; } = theme.Colors.QuoteText;
    public double LineHeight => Theme.Spacing.LineHeight;
    public TextAlignment BodyAlignment { get; } = theme.TextAlign == TextAlign.Justify ? TextAlignment.Justify : TextAlignment.Left;

    public FontFace Heading(int level) => new(Theme.Fonts.Headings, true, false, Theme.Sizes.Heading(level));
}
