using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Page size and margins in twips. The header sits so its text ends about HeaderGap above the body,
/// the footer likewise below it; with a banner both start at the paper edge, where the banner's bar runs.
internal sealed class PageSetup
{
    private readonly Theme _theme;
    private readonly bool _banner;
    private readonly ReferenceDocument? _reference;

    private PageSetup(Theme theme, bool banner, ReferenceDocument? reference)
    {
        _theme = theme;
        _banner = banner;
        _reference = reference;
        var (width, _) = theme.Page.Dimensions;
        TextWidth = Units.Twips(width - theme.Page.MarginLeft - theme.Page.MarginRight);
        if (reference is { PageSize.Width: { } pageWidth })
        {
            var margin = reference.PageMargin;
            TextWidth = (int)pageWidth.Value - (int)(margin?.Left?.Value ?? 1440) - (int)(margin?.Right?.Value ?? 1440) - (int)(margin?.Gutter?.Value ?? 0);
        }
    }

    /// The width between the margins, in twips: the theme's page, or the reference document's.
    public int TextWidth { get; }

    public static PageSetup From(Theme theme, DocumentMetadata metadata, ReferenceDocument? reference = null) =>
        new(theme, theme.Banner.Enabled && !string.IsNullOrEmpty(metadata.Classification), reference);

    public W.SectionProperties SectionProperties(IEnumerable<OpenXmlElement> headerFooter)
    {
        if (_reference is { PageSize: not null })
            return ReferenceSection(headerFooter);

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

    /// The reference document's page size and margins as they are.
    private W.SectionProperties ReferenceSection(IEnumerable<OpenXmlElement> headerFooter)
    {
        var references = headerFooter.ToList();
        var section = new W.SectionProperties();
        section.Append(references.OfType<W.HeaderReference>());
        section.Append(references.OfType<W.FooterReference>());
        section.Append(_reference!.PageSize!.CloneNode(true));
        if (_reference.PageMargin is { } margin)
            section.Append(margin.CloneNode(true));
        section.Append(references.OfType<W.TitlePage>());
        return section;
    }

    // With a banner, the header and footer start at the paper edge: the banner runs to it (BannerBar). Without one,
    // the running text ends about HeaderGap from the body, but never nearer the edge than the printable area allows.
    private int Distance(double margin)
    {
        if (_banner) return 0;
        var line = _theme.Sizes.Small * 1.25;
        return Units.Twips(Math.Max(Furniture.EdgeClearance, margin - _theme.Spacing.HeaderGap - line));
    }
}
