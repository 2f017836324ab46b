using ReportForge.Model;
using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// A PNG or JPEG picture, centred: as wide as its width attribute (percent of the column or points) or
/// its natural size, never wider than the column nor taller than a page (less <paramref name="reserve"/>, the room its
/// spacing and caption need); tagged as a figure with its alt text.
/// </summary>
public sealed class ImageElement(ImageData image, ColumnWidth width, string altText, double reserve = 0) : Element
{
    private bool _drawn;

    /// <summary>The size the picture takes in a column of <paramref name="columnWidth"/>.</summary>
    public Size SizeFor(double columnWidth)
    {
        var (naturalWidth, naturalHeight) = image.NaturalSize;
        var w = width.Kind switch
        {
            ColumnWidthKind.Percent => columnWidth * width.Value / 100,
            ColumnWidthKind.Fixed => width.Value,
            _ => naturalWidth,
        };
        w = Math.Min(w, columnWidth);
        var h = w * naturalHeight / naturalWidth;
        var maxHeight = Context.ContentArea.Height - reserve;
        if (h > maxHeight)
        {
            w *= maxHeight / h;
            h = maxHeight;
        }
        return new Size(w, h);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_drawn) return SpacePlan.Empty;
        var size = SizeFor(available.Width);
        return size.Height <= available.Height + 0.01
            ? SpacePlan.Full(available.Width, size.Height)
            : SpacePlan.WrapBecause($"the image ({LayoutContext.Points(size.Height)} tall) {Context.TooTall(size.Height, available)}");
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var size = SizeFor(available.Width);
        var canvas = Context.Canvas;
        canvas.BeginStructure(StructureKind.Figure, altText: altText);
        canvas.DrawImage(image, (available.Width - size.Width) / 2, 0, size.Width, size.Height);
        canvas.EndStructure();
        _drawn = true;
    }
}
