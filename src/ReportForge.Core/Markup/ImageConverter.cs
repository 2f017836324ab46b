using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Model;

namespace ReportForge.Markup;

/// <summary>
/// A paragraph holding only <c>![alt](path "caption"){width=50%}</c> becomes an image block. The bytes are
/// read through the asset reader (the template's folder), and the header is checked here, so a missing
/// or damaged image is an error located at the template line that wrote it.
/// </summary>
internal static class ImageConverter
{
    public static LinkInline? StandaloneImage(ParagraphBlock paragraph)
    {
        LinkInline? image = null;
        for (var inline = paragraph.Inline?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } link when image is null:
                    image = link;
                    break;
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return null;
            }
        }
        return image;
    }

    public static Image Convert(LinkInline image, ConversionContext context)
    {
        var path = image.Url ?? "";
        var read = path.Length == 0 ? FileRead.NotFound : context.ReadAsset(path);
        if (read.Missing)
            throw new MarkupError(ErrorCodes.ImageMissing, $"image '{path}' not found (images are read from the template's folder)", image.Span.Start,
                image.Line);
        if (read.Bytes is not { } bytes)
        {
            var code = read.Problem switch
            {
                FileProblem.OutsideRoot => ErrorCodes.FileOutsideRoot,
                FileProblem.TooLarge => ErrorCodes.TemplateFileTooLarge,
                _ => ErrorCodes.TemplateFileRefused,
            };
            throw new MarkupError(code, $"image '{path}' {read.Detail}", image.Span.Start, image.Line);
        }
        var data = ImageHeader.Read(path, bytes)
            ?? throw new MarkupError(ErrorCodes.ImageUnreadable, $"image '{path}' is not a readable PNG or JPEG", image.Span.Start, image.Line);
        if (data.TooLarge is { } size)
            throw new MarkupError(ErrorCodes.ImageTooLarge,
                $"image '{path}' is {size}, more than the limit of {ImageData.MaxPixels / 1_000_000} megapixels; scale it down (it is printed no wider than " +
                    $"the page)", image.Span.Start, image.Line);
        if (data.NotEmbeddable is { } why)
            throw new MarkupError(ErrorCodes.ImageUnreadable, $"image '{path}' is {why}, which the PDF writer cannot embed; "
                + (data.Format == ImageFormat.Png ? "save it with 8 bits per channel" : "save it as a baseline 8-bit JPEG"), image.Span.Start, image.Line);

        var alt = Model.InlineText.Plain(InlineConverter.Convert(image, context));
        var attributes = image.TryGetAttributes();
        var width = ColumnWidths.ParseOne(BlockConverter.Attribute(attributes, "width"), image.Span.Start, image.Line);
        var caption = string.IsNullOrWhiteSpace(image.Title) ? null : image.Title;
        return new Image(data, alt, caption, width) { Origin = context.Origin?.Invoke(image.Span.Start, image.Line) };
    }
}
