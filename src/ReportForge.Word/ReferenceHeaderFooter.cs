using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// The reference document's default and first-page header and footer, copied with their pictures and links.
/// The classification banner is still added (top of the header, foot of the footer) and the watermark goes into
/// every header: a house style must not drop the document's marking. Even-page headers are left out: they need
/// evenAndOddHeaders, which would change the pagination of the document.
internal static class ReferenceHeaderFooter
{
    private static readonly W.HeaderFooterValues[] Types = [W.HeaderFooterValues.Default, W.HeaderFooterValues.First];

    public static IEnumerable<OpenXmlElement> AddTo(MainDocumentPart mainPart, ReferenceDocument reference, DocumentMetadata metadata,
        Theme theme, int textWidth)
    {
        var banner = HeaderFooterParts.BannerText(metadata, theme);
        var watermark = Watermark.TextOf(metadata, theme);
        var result = new List<OpenXmlElement>();
        var used = Types.Where(t => reference.Headers.Any(h => h.Type == t) || reference.Footers.Any(f => f.Type == t)).ToList();
        var shape = 0;

        foreach (var type in used)
        {
            var source = reference.Headers.FirstOrDefault(h => h.Type == type);
            if (source is null && banner is null && watermark is null)
                continue;
            var header = (W.Header?)source?.Root.CloneNode(true) ?? new W.Header(Paragraphs.New(StyleIds.Header));
            if (banner is not null)
                header.PrependChild(HeaderFooterParts.Banner(banner, theme));
            if (watermark is not null)
                Watermark.AddTo(header, watermark, theme, textWidth, ++shape);
            var id = "rIdHeader" + Name(type);
            var part = mainPart.AddNewPart<HeaderPart>(id);
            Copy(source, part);
            part.Header = header;
            result.Add(new W.HeaderReference { Type = type, Id = id });
        }
        foreach (var type in used)
        {
            var source = reference.Footers.FirstOrDefault(f => f.Type == type);
            if (source is null && banner is null)
                continue;
            var footer = (W.Footer?)source?.Root.CloneNode(true) ?? new W.Footer();
            if (banner is not null)
                footer.Append(HeaderFooterParts.Banner(banner, theme));
            var id = "rIdFooter" + Name(type);
            var part = mainPart.AddNewPart<FooterPart>(id);
            Copy(source, part);
            part.Footer = footer;
            result.Add(new W.FooterReference { Type = type, Id = id });
        }
        if (reference.TitlePage)
            result.Add(new W.TitlePage());
        return result;
    }

    private static string Name(W.HeaderFooterValues type) =>
        type == W.HeaderFooterValues.First ? "First" : "Default";

    private static void Copy(ReferencePart? source, OpenXmlPart target)
    {
        if (source is null)
            return;
        foreach (var (id, contentType, bytes) in source.Images)
        {
            var image = target switch
            {
                HeaderPart header => header.AddImagePart(contentType, id),
                FooterPart footer => footer.AddImagePart(contentType, id),
                _ => throw new InvalidOperationException("pictures are copied into headers and footers only"),
            };
            using var stream = new MemoryStream(bytes, writable: false);
            image.FeedData(stream);
        }
        foreach (var (id, uri) in source.Links)
            target.AddHyperlinkRelationship(uri, true, id);
    }
}
