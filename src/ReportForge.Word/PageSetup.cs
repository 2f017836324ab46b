using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Page size and margins in twips. The header sits so its text ends about HeaderGap above the body,
/// the footer likewise below it; the banner, when shown, takes a line of its own.
internal sealed class PageSetup
{
    private readonly Theme _theme;
    private readonly int _extraLines;

    private PageSetup(Theme theme, int extraLines)
    {
        _theme = theme;
        _extraLines = extraLines;
        var (width, _) = theme.Page.Dimensions;
        TextWidth = Units.Twips(width - theme.Page.MarginLeft - theme.Page.MarginRight);
    }

    public int TextWidth { get; }

    public static PageSetup From(Theme theme, DocumentMetadata metadata) =>
        new(theme, theme.Banner.Enabled && !string.IsNullOrEmpty(metadata.Classification) ? 1 : 0);

    public W.SectionProperties SectionProperties(IEnumerable<OpenXmlElement> headerFooter)
    {
        var page = _theme.Page;
        var (width, height) = page.Dimensions;
        var references = headerFooter.ToList();
        var section = new W.SectionProperties();
        section.Append(references.OfType<W.HeaderReference>());
        section.Append(references.OfType<W.FooterReference>());
        section.Append(new W.PageSize { Width = (uint)Units.Twips(width), Height = (uint)Units.Twips(height) });
        section.Append(new W.PageMargin
        {
            Top = Units.Twips(page.MarginTop),
            Bottom = Units.Twips(page.MarginBottom),
            Left = (uint)Units.Twips(page.MarginLeft),
            Right = (uint)Units.Twips(page.MarginRight),
            Header = (uint)Distance(page.MarginTop),
            Footer = (uint)Distance(page.MarginBottom),
            Gutter = 0,
        });
        section.Append(references.OfType<W.TitlePage>());
        return section;
    }

    private int Distance(double margin)
    {
        var line = _theme.Sizes.Small * 1.25;
        var content = line * (1 + _extraLines) + _extraLines * 2;
        return Units.Twips(Math.Max(12, margin - _theme.Spacing.HeaderGap - content));
    }
}
