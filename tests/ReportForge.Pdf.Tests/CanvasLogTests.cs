using System.Globalization;
using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The floor benchmark's canvas log: a drawing pass recorded, written, read back and replayed makes the same calls,
/// and replayed through PDFsharp gives the same PDF.
/// </summary>
public sealed class CanvasLogTests
{
    private static readonly Theme Theme = new() { Watermark = new WatermarkTheme { Text = "DRAFT" } };

    // Every feature, and a web link for an underline (a drawn line).
    private static Document Document()
    {
        var document = ClientTests.Document();
        return document with { Blocks = [.. document.Blocks, new Paragraph([new Link("https://example.org/", [new TextRun("a web link")])]),
            // Right-to-left text is drawn in reading order with its written text beside it (/ActualText).
            new Paragraph([new TextRun("שלום עולם, hello")]),
            // A loose justified line: a word too long to join the first line leaves it loose, so letters are spaced.
            new Paragraph([new TextRun("Talks resumed " + new string('x', 85) + " later")])] };
    }

    [Fact]
    public void Replaying_the_log_makes_every_call_of_the_drawing_pass_again_with_the_same_arguments()
    {
        var (log, original, _) = Record(Document());
        var replayed = new CallTranscript();
        using (var reader = new CanvasLogReader(new MemoryStream(log))) reader.Replay(replayed);

        Assert.Equal(original.Calls, replayed.Calls);
        // Every kind of call is in the document, so dropping one from the log would show above; the vector primitives
        // are drawn by charts only, and replayed from a chart drawn by hand below.
        var kinds = original.Calls.Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet();
        foreach (var op in Enum.GetValues<CanvasOp>().Except([CanvasOp.End, .. VectorOps]))
            Assert.Contains(op.ToString(), kinds);
    }

    private static readonly CanvasOp[] VectorOps = [CanvasOp.DrawPath, CanvasOp.DrawPolygon, CanvasOp.DrawArc];

    [Fact]
    public void Paths_polygons_and_arcs_replay_as_drawn_and_give_the_same_pdf()
    {
        var writer = new CanvasLogWriter(Docs.Metadata(), pdfA: true);
        var original = new CallTranscript();
        var written = PdfReportWriter.Draw(Docs.Metadata(), pdfA: true, pageCount: 1, tagged: true,
            pdf => Vectors.ChartSketch.Draw(new TeeCanvas(pdf, new TeeCanvas(writer, original))));
        using var stream = new MemoryStream();
        writer.Save(stream);

        var replayed = new CallTranscript();
        using (var reader = new CanvasLogReader(new MemoryStream(stream.ToArray()))) reader.Replay(replayed);
        Assert.Equal(original.Calls, replayed.Calls);
        var kinds = original.Calls.Select(c => c[..c.IndexOf(' ', StringComparison.Ordinal)]).ToHashSet();
        foreach (var op in VectorOps) Assert.Contains(op.ToString(), kinds);
        // The style travels whole: dashes, round joins, fill and stroke.
        Assert.Contains(original.Calls, c => c.StartsWith("DrawPath ", StringComparison.Ordinal) && c.EndsWith("/2/2/False/False", StringComparison.Ordinal));
        Assert.Contains(original.Calls, c => c.StartsWith("DrawPath ", StringComparison.Ordinal) && c.EndsWith("/True", StringComparison.Ordinal));

        using var again = new CanvasLogReader(new MemoryStream(stream.ToArray()));
        Assert.Equal(written, again.ReplayAsPdf(tagged: true));
    }

    [Fact]
    public void The_tagged_replay_is_the_written_pdf_byte_for_byte_and_the_untagged_one_has_the_same_text()
    {
        var (log, _, written) = Record(Document());
        using var tagged = new CanvasLogReader(new MemoryStream(log));
        Assert.Equal(written, tagged.ReplayAsPdf(tagged: true));

        using var untagged = new CanvasLogReader(new MemoryStream(log));
        Assert.Equal(Texts(written), Texts(untagged.ReplayAsPdf(tagged: false)));
    }

    [Fact]
    public void The_header_carries_what_saving_needs()
    {
        var (log, original, _) = Record(Document());
        using var reader = new CanvasLogReader(new MemoryStream(log));
        var (metadata, pdfA, pageCount) = reader.Header;
        Assert.Equal(("Test report", "Test desk", "Testing", "en-US"), (metadata.Title, metadata.Author, metadata.Subject, metadata.Language));
        Assert.Equal(["one", "two"], metadata.Keywords);
        Assert.Equal(Docs.Metadata().Timestamp, metadata.Timestamp);
        Assert.False(pdfA);
        Assert.Equal(original.Calls.Count(c => c.StartsWith("BeginPage ", StringComparison.Ordinal)), pageCount);
    }

    private static (byte[] Log, CallTranscript Original, byte[] Pdf) Record(Document document)
    {
        var writer = new CanvasLogWriter(document.Metadata, pdfA: false);
        var original = new CallTranscript();
        var recorders = new TeeCanvas(writer, original);
        var pdf = PdfReportWriter.Write(document, Theme, new PdfWriterOptions { DrawingCanvas = pdf => new TeeCanvas(pdf, recorders) });
        Assert.True(pdf.Succeeded, string.Join("\n", pdf.Diagnostics));
        using var stream = new MemoryStream();
        writer.Save(stream);
        return (stream.ToArray(), original, pdf.Value.Bytes);
    }

    private static List<string> Texts(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => p.Text).ToList();
    }

    /// <summary>Every call as one line, in page coordinates, doubles written so they read back exactly.</summary>
    private sealed class CallTranscript : TranslatingCanvas
    {
        public List<string> Calls { get; } = [];

        private void Add(string op, params object?[] arguments) =>
            Calls.Add(op + " " + string.Join("|", arguments.Select(a => a switch
            {
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                ImageData image => $"{image.Source}:{image.Bytes.Length}:{image.PixelWidth}x{image.PixelHeight}",
                _ => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "null",
            })));

        public override void BeginPage(double width, double height, int pageNumber)
        {
            base.BeginPage(width, height, pageNumber);
            Add(nameof(BeginPage), width, height, pageNumber);
        }

        protected override void LetterSpacingChanged() => Add(nameof(SetLetterSpacing), LetterSpacing);

        public override void EndPage()
        {
            base.EndPage();
            Add(nameof(EndPage));
        }

        public override void BeginStructure(StructureKind kind, int level = 0, string? altText = null)
        {
            base.BeginStructure(kind, level, altText);
            Add(nameof(BeginStructure), kind, level, altText);
        }

        public override void EndStructure()
        {
            base.EndStructure();
            Add(nameof(EndStructure));
        }

        public override int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null)
        {
            base.BeginStructure(kind, level, altText);
            Add(nameof(ContinueStructure), key, kind, level, altText);
            return key;
        }

        public override void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout)
        {
            base.BeginArtifact(kind);
            Add(nameof(BeginArtifact), kind);
        }

        public override void EndArtifact()
        {
            base.EndArtifact();
            Add(nameof(EndArtifact));
        }

        protected override void DrawTextAt(string text, FontFace face, Rgb color, double x, double baseline, string? actualText) =>
            Add(nameof(DrawText), text, face, color, x, baseline, actualText);

        protected override void DrawRotatedTextAt(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle) =>
            Add(nameof(DrawRotatedText), text, face, color, opacity, centerX, centerY, angle);

        protected override void DrawImageAt(ImageData image, double x, double y, double width, double height) =>
            Add(nameof(DrawImage), image, x, y, width, height);

        protected override void FillRectangleAt(double x, double y, double width, double height, Rgb color) =>
            Add(nameof(FillRectangle), x, y, width, height, color);

        protected override void DrawLineAt(double x1, double y1, double x2, double y2, double thickness, Rgb color) =>
            Add(nameof(DrawLine), x1, y1, x2, y2, thickness, color);

        protected override void DrawPathAt(CanvasPath path, PathStyle style) => Add(nameof(DrawPath), path, Style(style));

        protected override void DrawPolygonAt(IReadOnlyList<PathPoint> points, PathStyle style) =>
            Add(nameof(DrawPolygon), string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:R},{p.Y:R}"))), Style(style));

        protected override void DrawArcAt(CanvasArc arc, PathStyle style) =>
            Add(nameof(DrawArc), arc.CenterX, arc.CenterY, arc.Radius, arc.StartAngle, arc.SweepAngle, arc.InnerRadius, Style(style));

        private static string Style(PathStyle style) => string.Create(CultureInfo.InvariantCulture,
            $"{style.Fill}/{style.Stroke}/{style.LineWidth:R}/{style.Dash?.On:R}/{style.Dash?.Off:R}/{style.EvenOdd}/{style.Round}");

        protected override void AddLinkAt(double x, double y, double width, double height, string target) =>
            Add(nameof(AddLink), x, y, width, height, target);

        protected override void BeginLinkAt(double x, double y, double width, double height, string target, string text) =>
            Add(nameof(BeginLink), x, y, width, height, target, text);

        protected override void EndLinkAt() => Add(nameof(EndLink));

        protected override void AddAnchorAt(string name, double y) => Add(nameof(AddAnchor), name, y);

        protected override void AddOutlineAt(int level, string title, string anchor, double y) => Add(nameof(AddOutline), level, title, anchor, y);
    }
}
