using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;

namespace ReportForge.Pdf.Building;

internal static class ImageBuilder
{
    public static Element Build(Image image, BlockBuilder builder)
    {
        var sheet = builder.Styles.Sheet;
        var hasCaption = image.Caption is { Length: > 0 };
        var gap = hasCaption ? sheet.CaptionedImageGap : sheet.ImageGap;
        // Room on a page for the space above and, with a caption, for about three caption lines.
        var reserve = gap.Before + (hasCaption ? sheet.ImageCaptionGap + sheet.Caption.Pitch * 3 : 0);
        var picture = new ImageElement(image.Data, image.Width, image.AltText, reserve);
        if (image.Caption is not { Length: > 0 } caption)
            return new PaddingElement(picture, gap.Before, gap.After) { Collapses = true };

        var text = PdfStyles.Line(caption, sheet.Caption, TextAlignment.Center);
        var parts = new List<Element>
        {
            new KeepWithNextElement(picture),
            new PaddingElement(new TaggedElement(text, StructureKind.Caption), sheet.ImageCaptionGap, 0),
        };
        return new PaddingElement(new ColumnElement(parts), gap.Before, gap.After) { Collapses = true };
    }
}
