using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Theming;
using ReportForge.Word.Inlines;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Running header and footer: three slots in one paragraph (centre and right tab stops), placeholders filled from
/// the metadata, {page} and {pages} as PAGE and NUMPAGES fields; the classification banner (BannerBar) above the header
/// and below the footer on every page. When a running text is off on the first page, a first-page part carries
/// only the banner.
internal static partial class HeaderFooterParts
{
    public static IEnumerable<OpenXmlElement> AddTo(MainDocumentPart mainPart, DocumentMetadata metadata, Theme theme, int textWidth)
    {
        var banner = BannerText(metadata, theme);
        var titlePage = !theme.Header.OnFirstPage || !theme.Footer.OnFirstPage;
        var watermark = Watermark.TextOf(metadata, theme);
        var references = new List<OpenXmlElement>();

        var header = Header(Running(theme.Header, StyleIds.Header, metadata, textWidth, theme.Sizes.Small, rule: theme.Colors.Muted), banner, theme);
        if (watermark is not null)
            Watermark.AddTo(header, watermark, theme, textWidth, 1);
        references.Add(Add(mainPart, "rIdHeaderDefault", W.HeaderFooterValues.Default, header));
        if (titlePage)
        {
            var running = theme.Header.OnFirstPage ? Running(theme.Header, StyleIds.Header, metadata, textWidth, theme.Sizes.Small, rule: theme.Colors.Muted)
                : null;
            var first = Header(running, banner, theme);
            if (watermark is not null)
                Watermark.AddTo(first, watermark, theme, textWidth, 2);
            references.Add(Add(mainPart, "rIdHeaderFirst", W.HeaderFooterValues.First, first));
        }
        references.Add(Footer(mainPart, "rIdFooterDefault", W.HeaderFooterValues.Default,
            Running(theme.Footer, StyleIds.Footer, metadata, textWidth, theme.Sizes.Small), banner, theme));
        if (titlePage)
        {
            var running = theme.Footer.OnFirstPage ? Running(theme.Footer, StyleIds.Footer, metadata, textWidth, theme.Sizes.Small) : null;
            references.Add(Footer(mainPart, "rIdFooterFirst", W.HeaderFooterValues.First, running, banner, theme));
        }
        if (titlePage)
            references.Add(new W.TitlePage());
        return references;
    }

    private static W.Header Header(W.Paragraph? running, string? banner, Theme theme)
    {
        var header = new W.Header();
        if (banner is not null)
        {
            header.Append(BannerBar.Build(banner, theme, atTop: true));
            if (running is not null)
            {
                var spacing = Paragraphs.Properties(running).SpacingBetweenLines ??= new W.SpacingBetweenLines();
                spacing.Before = Units.TwipsText(BannerBar.RunningTextGap(theme.Page.MarginTop, theme.Sizes.Small));
            }
            header.Append(running ?? BannerBar.EndMark());
        }
        else if (running is not null)
            header.Append(running);
        if (!header.HasChildren)
            header.Append(Paragraphs.New(StyleIds.Header));
        return header;
    }

    private static W.HeaderReference Add(MainDocumentPart mainPart, string id, W.HeaderFooterValues type, W.Header header)
    {
        mainPart.AddNewPart<HeaderPart>(id).Header = header;
        return new W.HeaderReference { Type = type, Id = id };
    }

    private static W.FooterReference Footer(MainDocumentPart mainPart, string id, W.HeaderFooterValues type, W.Paragraph? running, string? banner, Theme theme)
    {
        var footer = new W.Footer();
        if (running is not null)
        {
            if (banner is not null)
                Paragraphs.SpaceAfter(running, BannerBar.RunningTextGap(theme.Page.MarginBottom, theme.Sizes.Small));
            footer.Append(running);
        }
        if (banner is not null)
        {
            footer.Append(BannerBar.Build(banner, theme, atTop: false));
            footer.Append(BannerBar.EndMark());
        }
        if (!footer.HasChildren)
            footer.Append(Paragraphs.New(StyleIds.Footer));
        mainPart.AddNewPart<FooterPart>(id).Footer = footer;
        return new W.FooterReference { Type = type, Id = id };
    }

    private static W.Paragraph? Running(RunningText text, string style, DocumentMetadata metadata, int textWidth, double size, Rgb? rule = null)
    {
        if (text.Left.Length == 0 && text.Center.Length == 0 && text.Right.Length == 0)
            return null;
        metadata = RunningTitle.Fit(text, metadata, textWidth / 20.0, size);
        var paragraph = Paragraphs.New(style);
        // The PDF rules the running header off from the body with a thin line in the same colour.
        if (rule is not null)
        {
            Paragraphs.Properties(paragraph).ParagraphBorders = new W.ParagraphBorders(
                new W.BottomBorder { Val = W.BorderValues.Single, Size = 3, Space = 3, Color = Units.Color(rule.Value) });
        }
        Paragraphs.Properties(paragraph).Tabs = new W.Tabs(
            new W.TabStop { Val = W.TabStopValues.Center, Position = textWidth / 2 },
            new W.TabStop { Val = W.TabStopValues.Right, Position = textWidth });
        AppendSlot(paragraph, text.Left, metadata);
        paragraph.Append(new W.Run(new W.TabChar()));
        AppendSlot(paragraph, text.Center, metadata);
        paragraph.Append(new W.Run(new W.TabChar()));
        AppendSlot(paragraph, text.Right, metadata);
        return paragraph;
    }

    private static void AppendSlot(W.Paragraph paragraph, string text, DocumentMetadata metadata)
    {
        var position = 0;
        foreach (Match match in Placeholder().Matches(text))
        {
            AppendText(paragraph, text[position..match.Index]);
            switch (match.Groups[1].Value)
            {
                case "page": AppendField(paragraph, "PAGE"); break;
                case "pages": AppendField(paragraph, "NUMPAGES"); break;
                case "title": AppendText(paragraph, metadata.Title); break;
                case "date": AppendText(paragraph, metadata.DisplayDate ?? ""); break;
                case "classification": AppendText(paragraph, metadata.Classification ?? ""); break;
            }
            position = match.Index + match.Length;
        }
        AppendText(paragraph, text[position..]);
    }

    private static void AppendText(W.Paragraph paragraph, string text)
    {
        if (text.Length > 0)
            paragraph.Append(TextRuns.Run(text, null));
    }

    private static void AppendField(W.Paragraph paragraph, string instruction) =>
        paragraph.Append(Fields.Complete(instruction, "1"));

    /// The marking the banner shows, or null when the theme turns it off or the notes have none.
    public static string? BannerText(DocumentMetadata metadata, Theme theme) =>
        theme.Banner.Enabled && !string.IsNullOrEmpty(metadata.Classification) ? metadata.Classification : null;

    /// The banner inside a reference document's own header or footer, which keeps its own distances: a shaded line.
    public static W.Paragraph Banner(string marking, Theme theme)
    {
        var paragraph = Paragraphs.New(null);
        var properties = Paragraphs.Properties(paragraph);
        properties.KeepNext = new W.KeepNext();
        properties.Shading = Paragraphs.Shading(theme.Banner.ColorFor(marking));
        properties.SpacingBetweenLines = new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto };
        properties.Justification = new W.Justification { Val = W.JustificationValues.Center };
        paragraph.Append(TextRuns.Run(marking, new W.RunProperties
        {
            Bold = new W.Bold(),
            Color = new W.Color { Val = Units.Color(theme.Banner.TextColor) },
            FontSize = new W.FontSize { Val = Units.HalfPoints(theme.Sizes.Small + 1) },
        }));
        return paragraph;
    }

    [GeneratedRegex(@"\{(page|pages|title|date|classification)\}")]
    private static partial Regex Placeholder();
}
