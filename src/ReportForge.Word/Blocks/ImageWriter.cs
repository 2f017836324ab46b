using System.Globalization;
using DocumentFormat.OpenXml;
using ReportForge.Model;
using ReportForge.Theming;
using ReportForge.Word.Inlines;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word.Blocks;

/// A picture on its own centred line: an inline DrawingML picture (alt text in docPr descr) sized from the model's width
/// (percent of the text width, fixed points, or the natural size at the image's dpi), never wider than the text;
/// the caption below in Caption style, kept on the picture's page.
internal static class ImageWriter
{
    private const long EmuPerTwip = 635;

    public static void Write(Image image, WordContext context, BlockScope scope, List<OpenXmlElement> output)
    {
        var (width, height) = Size(image, scope.Available);
        var picture = Paragraphs.New(null);
        var properties = Paragraphs.Properties(picture);
        properties.KeepNext = image.Caption is null ? null : new W.KeepNext();
        var gap = image.Caption is null ? context.Sheet.ImageGap : context.Sheet.CaptionedImageGap;
        // Single line spacing: "multiple" spacing would stretch the picture's line by the theme's line height.
        properties.SpacingBetweenLines = new W.SpacingBetweenLines
        {
            Before = Units.TwipsText(gap.Before),
            After = image.Caption is null ? Units.TwipsText(gap.After) : "0",
            Line = "240",
            LineRule = W.LineSpacingRuleValues.Auto,
        };
        // Centred like the PDF's figures, within the indent of the list or quote it sits in.
        properties.Justification = new W.Justification { Val = W.JustificationValues.Center };
        Paragraphs.Indent(picture, scope);
        picture.Append(new W.Run(new W.Drawing(Inline(image, context, width * EmuPerTwip, height * EmuPerTwip))));
        output.Add(picture);

        if (image.Caption is not null)
        {
            var caption = Paragraphs.New(StyleIds.Caption);
            Paragraphs.Indent(caption, scope);
            var captionProperties = Paragraphs.Properties(caption);
            captionProperties.KeepNext = new W.KeepNext { Val = false };
            captionProperties.SpacingBetweenLines = StylesPart.Spacing(Gap.Of(context.Sheet.ImageCaptionGap, gap.After), context.Sheet.Caption);
            captionProperties.Justification = new W.Justification { Val = W.JustificationValues.Center };
            caption.Append(TextRuns.Run(image.Caption, null));
            output.Add(caption);
        }
    }

    /// Width and height in twips.
    public static (long Width, long Height) Size(Image image, int available)
    {
        var (naturalWidth, naturalHeight) = image.Data.NaturalSize;
        double width = image.Width.Kind switch
        {
            ColumnWidthKind.Percent => available * image.Width.Value / 100.0,
            ColumnWidthKind.Fixed => Units.Twips(image.Width.Value),
            _ => Units.Twips(naturalWidth),
        };
        width = Math.Clamp(width, 1, available);
        var height = Math.Max(1, width * naturalHeight / naturalWidth);
        return ((long)Math.Round(width, MidpointRounding.AwayFromZero), (long)Math.Round(height, MidpointRounding.AwayFromZero));
    }

    private static DW.Inline Inline(Image image, WordContext context, long cx, long cy)
    {
        var id = context.NextDrawingId();
        var name = "Picture " + id.ToString(CultureInfo.InvariantCulture);
        var relationshipId = context.Images.IdFor(image.Data, context.CurrentPart);
        var pictureName = Path.GetFileName(image.Data.Source);
        return new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = image.AltText },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0, Name = pictureName, Description = image.AltText },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(
                        new A.Blip { Embed = relationshipId },
                        new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0,
            DistanceFromBottom = 0,
            DistanceFromLeft = 0,
            DistanceFromRight = 0,
        };
    }
}
