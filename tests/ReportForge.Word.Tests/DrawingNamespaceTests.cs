using System.IO.Compression;
using System.Xml.Linq;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Word.Tests;

/// Pictures' namespaces are declared once on each part's root: pandoc, and readers like it, find a picture's
/// alt text only when wp and the others are in scope from the root.
public sealed class DrawingNamespaceTests
{
    private static readonly Dictionary<string, string> Drawing = new(StringComparer.Ordinal)
    {
        ["r"] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        ["wp"] = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        ["a"] = "http://schemas.openxmlformats.org/drawingml/2006/main",
        ["pic"] = "http://schemas.openxmlformats.org/drawingml/2006/picture",
    };

    /// The rich sample (three pictures in the body, a watermark) with a picture in a footnote too.
    private static byte[] Written()
    {
        var rich = SampleDocument.BuildRich();
        var inNote = new Image(TestImages.Png(8, 4), "A note's sketch", null, new ColumnWidth(ColumnWidthKind.Fixed, 40));
        return DocxWriter.Write(rich with { Footnotes = [.. rich.Footnotes, new Footnote("sketch", 3, [inNote])] }, Theme.Default);
    }

    private static XDocument Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> Declared(XElement element) => element.Attributes()
        .Where(a => a.IsNamespaceDeclaration)
        .ToDictionary(a => a.Name.LocalName, a => a.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("word/document.xml", 3)]
    [InlineData("word/footnotes.xml", 1)]
    public void The_root_declares_them_and_no_picture_does(string part, int pictures)
    {
        var xml = Part(Written(), part);
        XNamespace wp = Drawing["wp"];

        var root = Declared(xml.Root!);
        Assert.All(Drawing, d => Assert.Equal(d.Value, root.GetValueOrDefault(d.Key)));
        var inlines = xml.Descendants(wp + "inline").ToList();
        Assert.Equal(pictures, inlines.Count);
        var below = xml.Root!.Descendants().Where(e => Declared(e).Count > 0)
            .Select(e => $"{e.Name.LocalName}: {string.Join(", ", Declared(e).Keys)}").ToList();
        Assert.True(below.Count == 0, "declared below the root: " + string.Join("; ", below));
    }

    [Fact]
    public void The_alt_text_is_on_each_picture()
    {
        XNamespace wp = Drawing["wp"];
        var descriptions = Part(Written(), "word/document.xml").Descendants(wp + "docPr").Select(d => (string?)d.Attribute("descr")).ToList();

        Assert.Equal(["Map of the venues in Geneva", "A wide banner", "A photograph"], descriptions);
    }

    [Fact]
    public void The_watermark_shape_takes_its_namespaces_from_the_header_root()
    {
        var header = Part(Written(), "word/header1.xml");

        var root = Declared(header.Root!);
        Assert.Equal("urn:schemas-microsoft-com:vml", root.GetValueOrDefault("v"));
        Assert.Equal("urn:schemas-microsoft-com:office:office", root.GetValueOrDefault("o"));
        Assert.Single(header.Descendants(XName.Get("shape", "urn:schemas-microsoft-com:vml")));
        Assert.DoesNotContain(header.Root!.Descendants(), e => Declared(e).Count > 0);
    }
}
