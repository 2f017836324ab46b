using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout;

/// <summary>A diagonal text across the page, such as DRAFT.</summary>
public sealed record WatermarkStyle(string Text, FontFace Face, Rgb Color, double Opacity)
{
    /// <summary>The same look without transparency: the colour as it shows over white paper.</summary>
    public WatermarkStyle Opaque()
    {
        byte Blend(byte c) => (byte)Math.Round(255 - (255 - c) * Opacity);
        return this with { Color = new Rgb(Blend(Color.R), Blend(Color.G), Blend(Color.B)), Opacity = 1 };
    }
}

/// <summary>
/// Watermark, banner, header and footer of one page, drawn as pagination artifacts around the content: each of its
/// kind (the banner at the top with the header, the one at the foot with the footer), which a reader skips.
/// </summary>
public sealed record PageFurniture(
    RunningText Header,
    RunningText Footer,
    FontFace Face,
    Rgb Color,
    string? Banner,
    Rgb BannerColor,
    Rgb BannerTextColor,
    double MarginLeft,
    double MarginRight,
    double MarginTop,
    double MarginBottom,
    WatermarkStyle? Watermark = null)
{
    /// <summary>Height of the classification banner strip.</summary>
    public const double BannerHeight = Furniture.BannerHeight;

    // The running header and footer keep clear of the banner by this much at the least.
    private const double BannerGap = 4;

    /// <summary>Draws the furniture of one page; <paramref name="fonts"/> serves header and footer text in right-to-left script.</summary>
    public void Draw(ICanvas canvas, ITextMeasurer measurer, double pageWidth, double pageHeight, RunningValues values, FontFallback? fonts = null)
    {
        fonts ??= FontFallback.None(measurer);
        // First, so that everything else is drawn over it.
        if (Watermark is { } watermark)
        {
            var angle = Math.Atan2(pageHeight, pageWidth) * 180 / Math.PI;
            canvas.BeginArtifact(ArtifactKind.Watermark);
            canvas.DrawRotatedText(watermark.Text, watermark.Face, watermark.Color, watermark.Opacity, pageWidth / 2, pageHeight / 2, angle);
            canvas.EndArtifact();
        }
        if (Banner is not null)
        {
            canvas.BeginArtifact(ArtifactKind.Header);
            DrawBanner(canvas, measurer, pageWidth, 0, atTop: true);
            canvas.EndArtifact();
            canvas.BeginArtifact(ArtifactKind.Footer);
            DrawBanner(canvas, measurer, pageWidth, pageHeight - BannerHeight, atTop: false);
            canvas.EndArtifact();
        }

        // Halfway between the banner (or the paper edge) and the body, but never nearer the edge or the banner than
        // the printable area and a small gap allow.
        var showHeader = values.Page > 1 || Header.OnFirstPage;
        var (ascent, descent) = measurer.VerticalMetrics(Face);
        var clear = Banner is null ? Furniture.EdgeClearance : BannerHeight + BannerGap;
        if (showHeader)
        {
            var baseline = Math.Max(MarginTop / 2 + (Banner is null ? 0 : BannerHeight / 2) + ascent / 2, clear + ascent);
            canvas.BeginArtifact(ArtifactKind.Header);
            DrawSlots(canvas, measurer, fonts, Header, values, pageWidth, baseline);
            canvas.FillRectangle(Left, baseline + 5, pageWidth - Left - Right, 0.4, Color);
            canvas.EndArtifact();
        }
        if (values.Page > 1 || Footer.OnFirstPage)
        {
            var baseline = Math.Min(pageHeight - MarginBottom / 2 - (Banner is null ? 0 : BannerHeight / 2) + ascent / 2, pageHeight - clear - descent);
            canvas.BeginArtifact(ArtifactKind.Footer);
            DrawSlots(canvas, measurer, fonts, Footer, values, pageWidth, baseline);
            canvas.EndArtifact();
        }
    }

    // The bar runs to the paper edge; its text keeps Furniture.EdgeClearance from it, at the bar's side toward the body.
    private void DrawBanner(ICanvas canvas, ITextMeasurer measurer, double pageWidth, double top, bool atTop)
    {
        canvas.FillRectangle(0, top, pageWidth, BannerHeight, BannerColor);
        var face = Face with { Bold = true, Size = Furniture.BannerTextSize };
        var width = measurer.Width(Banner!, face);
        var (ascent, descent) = measurer.VerticalMetrics(face);
        var baseline = atTop ? Furniture.EdgeClearance + ascent : top + BannerHeight - Furniture.EdgeClearance - descent;
        canvas.DrawText(Banner!, face, BannerTextColor, (pageWidth - width) / 2, baseline);
    }

    // The running text's left and right edges: the margins, or the printable area's if a margin is narrower.
    private double Left => Math.Max(MarginLeft, Furniture.EdgeClearance);

    private double Right => Math.Max(MarginRight, Furniture.EdgeClearance);

    // Each slot gets the width the others leave it (SlotWidths.Fit); a slot that wants more is cut with "…", its
    // {title} first, so that a long title stops short of the date instead of printing over it and off the page.
    private void DrawSlots(ICanvas canvas, ITextMeasurer measurer, FontFallback fonts, RunningText slots, RunningValues values, double pageWidth,
        double baseline)
    {
        var left = RunningText.Expand(slots.Left, values);
        var center = RunningText.Expand(slots.Center, values);
        var right = RunningText.Expand(slots.Right, values);
        var lineWidth = pageWidth - Left - Right;
        double Wanted(string text) => text.Length == 0 ? 0 : text.Length > MaxChars(lineWidth) ? double.PositiveInfinity : Measure(text, measurer, fonts);
        var (wantLeft, wantCenter, wantRight) = (Wanted(left), Wanted(center), Wanted(right));
        var room = SlotWidths.Fit(wantLeft, wantCenter, wantRight, lineWidth, Face.Size);
        if (wantLeft > room.Left) left = FitSlot(slots.Left, values, room.Left, measurer, fonts);
        if (wantCenter > room.Center) center = FitSlot(slots.Center, values, room.Center, measurer, fonts);
        if (wantRight > room.Right) right = FitSlot(slots.Right, values, room.Right, measurer, fonts);
        if (left.Length > 0) DrawSlot(canvas, measurer, fonts, left, width => Left, baseline);
        if (center.Length > 0) DrawSlot(canvas, measurer, fonts, center, width => (pageWidth - width) / 2, baseline);
        if (right.Length > 0) DrawSlot(canvas, measurer, fonts, right, width => pageWidth - Right - width, baseline);
    }

    private string FitSlot(string slot, RunningValues values, double room, ITextMeasurer measurer, FontFallback fonts)
    {
        double Width(string text) => Measure(text, measurer, fonts);
        if (slot.Contains("{title}", StringComparison.Ordinal) && values.Title.Length > 0)
        {
            var titleRoom = room - Width(RunningText.Expand(slot, values with { Title = "" }));
            var title = Ellipsis.Fit(values.Title, titleRoom, Width, MaxChars(titleRoom));
            var withTitle = RunningText.Expand(slot, values with { Title = title });
            if (Width(withTitle) <= room) return withTitle;
        }
        var text = RunningText.Expand(slot, values);
        return Ellipsis.Fit(text, room, Width, MaxChars(room));
    }

    // No character is narrower than a twentieth of an em (zero-width marks aside): more than this many never fit.
    private int MaxChars(double room) => room <= 0 ? 0 : (int)Math.Min(int.MaxValue - 1, room / (Face.Size * 0.05)) + 1;

    private double Measure(string text, ITextMeasurer measurer, FontFallback fonts) => OneFont(text, fonts)
        ? measurer.Width(text, Face)
        : LineBreaker.Break(fonts.Apply(ArabicShaper.Shape([new TextSpan(text, Face, Color)])), double.MaxValue / 4, measurer, 1)[0].Width;

    // Left-to-right text all in the slot's own font is drawn as it is; any other goes through the fallback fonts (a
    // translated "Page 1 of 6" may hold a character the theme's font lacks), else it would be drawn as glyph 0.
    private bool OneFont(string text, FontFallback fonts)
    {
        if (ParagraphDirection.MayHoldRightToLeft(text)) return false;
        TextSpan[] spans = [new TextSpan(text, Face, Color)];
        return ReferenceEquals(fonts.Apply(spans), spans);
    }

    // The slots stay where they are (left, centre, right); text in them with right-to-left script (a Hebrew title)
    // is laid out as one line, like a paragraph's: Arabic joined, fonts per character, runs in the order seen.
    private void DrawSlot(ICanvas canvas, ITextMeasurer measurer, FontFallback fonts, string text, Func<double, double> left, double baseline)
    {
        if (OneFont(text, fonts))
        {
            canvas.DrawText(text, Face, Color, left(measurer.Width(text, Face)), baseline);
            return;
        }
        var line = LineBreaker.Break(fonts.Apply(ArabicShaper.Shape([new TextSpan(text, Face, Color)])), double.MaxValue / 4, measurer, 1)[0];
        var x = left(line.Width);
        foreach (var fragment in line.Fragments)
        {
            if (!fragment.IsSpace) canvas.DrawText(fragment.Text, fragment.Face, fragment.Color, x + fragment.X, baseline);
        }
    }
}
