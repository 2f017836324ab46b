using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Building;

internal static class ImageBuilder
{
    public static Element Build(Image image, BlockBuilder builder)
    {
        var styles = builder.Styles;
        var hasCaption = image.Caption is { Length: > 0 };
        // Room on a page for the space above and, with a caption, for about three caption lines.
        var reserve = 4 + (hasCaption ? 4 + styles.Small.Size * 1.3 * 3 : 0);
        var picture = new ImageElement(image.Data, image.Width, image.AltText, reserve);
        if (image.Caption is not { Length: > 0 } caption)
            return new PaddingElement(picture, 4, styles.Theme.Spacing.Paragraph + 4);

        var text = new TextBlockElement([new TextSpan(caption, styles.Small with { Italic = true }, styles.Muted)], TextAlignment.Center, 1.3);
        var parts = new List<Element> { new KeepWithNextElement(picture), new PaddingElement(new TaggedElement(text, StructureKind.Caption), 4, 0) };
        return new PaddingElement(new ColumnElement(parts), 4, styles.Theme.Spacing.Paragraph + 6);
    }
}
