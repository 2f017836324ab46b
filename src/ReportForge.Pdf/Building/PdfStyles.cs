using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Building;

/// <summary>The resolved style sheet, with its text looks turned into faces and spans the element builders use.</summary>
internal sealed class PdfStyles(Theme theme)
{
    public Theme Theme { get; } = theme;
    public StyleSheet Sheet { get; } = new(theme);
    public FontFace Body => Face(Sheet.Body);
    public FontFace Mono => Face(Sheet.Code);
    public Rgb Text => Sheet.Body.Color;
    public Rgb LinkColor { get; } = theme.Colors.Link;
    public TextAlignment BodyAlignment => Sheet.Justify ? TextAlignment.Justify : TextAlignment.Left;

    public static FontFace Face(TextLook look) => new(look.Family, look.Bold, look.Italic, look.Size);

    /// <summary>One line of plain text in <paramref name="look"/>.</summary>
    public static TextBlockElement Line(string text, TextLook look, TextAlignment alignment) =>
        new([new TextSpan(text, Face(look), look.Color)], alignment, look.LineFactor);
}
