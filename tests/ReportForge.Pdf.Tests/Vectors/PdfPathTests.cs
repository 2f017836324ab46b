using System.Text.RegularExpressions;
using ReportForge.Tests.Accessibility;
using UglyToad.PdfPig;

namespace ReportForge.Pdf.Tests.Vectors;

/// <summary>
/// Paths, polygons and arcs written by PDFsharp: vector operators in the content stream at the places the canvas
/// (y downwards) put them, inside the Figure or as artifacts, no image, reproducible, and nothing from the calls that
/// draw nothing.
/// </summary>
public sealed partial class PdfPathTests
{
    internal static byte[] Write(bool pdfA = true, bool tagged = true) =>
        PdfReportWriter.Draw(Docs.Metadata(), pdfA, pageCount: 1, tagged, ChartSketch.Draw);

    private static string Stream() => StructureTreeTests.StructureReader.Read(Write()).Streams[0];

    [Fact]
    public void The_content_stream_holds_path_operators_in_pdf_coordinates()
    {
        var stream = Stream();
        // The x axis and the y axis: one open figure stroked (page y 80 + 150 is 842 - 230 = 612 in PDF space).
        Assert.Contains("72 762 m\n72 612 l\n372 612 l\nS\n", stream);
        // A bar: a closed polygon, filled in its series colour.
        Assert.Contains("0.122 0.306 0.475 rg\n92 612 m\n92 732 l\n122 732 l\n122 612 l\nh\nf\n", stream);
        // The line series: curves (the quadratic as a cubic), round joins and caps, and its gap left open.
        Assert.Contains("1.5 w\n1 J\n1 j\n", stream);
        Assert.Contains("252 642 m\n272 702 282 702 302 672 c\n308.6667 665.3333 315.3333 668.6667 322 682 c\nS\n342 722 m\n362 712 l\nS\n", stream);
        // A quarter slice, filled and outlined: centre, out along three o'clock, a quarter turn up to twelve.
        Assert.Contains("452 687 m\n512 687 l\n512 720.1371 485.1371 747 452 747 c\nh\nB\n", stream);
        // The whole ring: two closed circles in one non-zero fill.
        Assert.Matches(new Regex(@"502 532 m\n(?:[\d. ]+ c\n){4}h\n482 532 m\n(?:[\d. ]+ c\n){4}h\nf\n"), stream);
        Assert.DoesNotContain("NaN", stream);
        Assert.DoesNotContain("Infinity", stream);
    }

    [Fact]
    public void Gridlines_are_each_their_own_dashed_stroke_inside_an_artifact()
    {
        var stream = Stream();
        var artifact = ArtifactRun().Match(stream);
        Assert.True(artifact.Success, stream);
        Assert.Contains("[2 2]0 d", artifact.Value);
        Assert.Contains("0.851 0.851 0.851 RG", artifact.Value);
        // PDFsharp would join them into one zigzag: each gridline is stroked by itself.
        foreach (var y in new[] { 762, 712, 662, 612 }) Assert.Contains($"72 {y} m\n372 {y} l\nS\n", artifact.Value);
        // Solid again after the artifact.
        Assert.Contains("[]0 d", stream[(artifact.Index + artifact.Length)..]);
    }

    [Fact]
    public void The_drawing_is_the_Figure_s_content_with_its_alt_text_and_a_box_around_what_it_draws()
    {
        var tree = StructureTreeTests.StructureReader.Read(Write());
        tree.AssertConsistent();
        var figure = Assert.Single(tree.Elements, e => e.Tag == "/Figure");
        Assert.Equal(ChartSketch.AltText, figure.Alt);
        Assert.Contains(figure.Kids, k => k.Mcid >= 0);
        // What the paths cover, strokes' half widths included (text adds nothing, as elsewhere): from the y axis
        // (x 72, 1 wide) to the pie's outlined slice (72 + 380 + 60, 0.5 wide), from the ring's foot (page y 80 + 280)
        // to the y axis's top (page y 80, 1 wide).
        Assert.Equal([71.5, 842 - 360, 512.25, 762.5], figure.BBox!);
    }

    [Fact]
    public void The_Matterhorn_checks_find_nothing_to_report()
    {
        Assert.Empty(MatterhornChecker.Check(Write()));
    }

    [Fact]
    public void PdfPig_finds_the_shapes_and_the_labels_and_no_image()
    {
        using var document = PdfDocument.Open(Write());
        var page = document.GetPage(1);
        Assert.Equal(0, page.NumberOfImages);
        Assert.Empty(page.GetImages());
        // The rotated axis title reads upwards: its letters stand one above the other at the same x.
        var title = page.Letters.Where(l => l.Location.X < 72).ToList();
        Assert.Equal("Talks", string.Concat(title.Select(l => l.Value)));
        Assert.True(title.Zip(title.Skip(1)).All(p => p.Second.Location.Y > p.First.Location.Y && Near(p.Second.Location.X, p.First.Location.X)));
        Assert.Equal(["1", "2", "3"], page.Letters.Where(l => char.IsDigit(l.Value[0])).Select(l => l.Value).Order());

        var filled = page.Paths.Where(p => p.IsFilled).ToList();
        var bar = Assert.Single(filled, p => Near(p.GetBoundingRectangle()!.Value.Left, 92) && Near(p.GetBoundingRectangle()!.Value.Right, 122));
        Assert.Equal((612, 732), (bar.GetBoundingRectangle()!.Value.Bottom, bar.GetBoundingRectangle()!.Value.Top));
        Assert.Equal((0x1f / 255.0, 0x4e / 255.0, 0x79 / 255.0), bar.FillColor!.ToRGBValues(), new RgbComparer());
        // Three bars, three slices, the ring and its segment.
        Assert.Equal(8, filled.Count);
        Assert.All(page.Paths, p => Assert.False(p.IsClipping));
    }

    [Fact]
    public void Colours_stay_opaque_for_PDF_A_1()
    {
        var bytes = Write();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.DoesNotMatch(@"/(?:ca|CA) 0", text);
        Assert.DoesNotContain("/SMask", text);
    }

    [Fact]
    public void The_same_drawing_gives_the_same_bytes_tagged_or_not()
    {
        Assert.Equal(Write(), Write());
        Assert.Equal(Write(pdfA: false, tagged: false), Write(pdfA: false, tagged: false));
        using var untagged = PdfDocument.Open(Write(pdfA: false, tagged: false));
        Assert.Equal(8, untagged.GetPage(1).Paths.Count(p => p.IsFilled));
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) < 0.01;

    private sealed class RgbComparer : IEqualityComparer<(double, double, double)>
    {
        public bool Equals((double, double, double) x, (double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 0.002 && Math.Abs(x.Item2 - y.Item2) < 0.002 && Math.Abs(x.Item3 - y.Item3) < 0.002;

        public int GetHashCode((double, double, double) obj) => 0;
    }

    [GeneratedRegex(@"/Artifact BMC\n.*?EMC\n", RegexOptions.Singleline)]
    private static partial Regex ArtifactRun();
}
