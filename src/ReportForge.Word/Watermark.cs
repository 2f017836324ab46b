using System.Globalization;
using System.Xml.Linq;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Word's own watermark: the VML text-path shape named PowerPlusWaterMarkObject that Word's Design › Watermark
/// writes into every header, centred on the margins, rotated 315°, behind the text. Word lists and removes it
/// as a watermark, and LibreOffice imports it as one.
internal static class Watermark
{
    private static readonly XNamespace Wml = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace Vml = "urn:schemas-microsoft-com:vml";
    private static readonly XNamespace Office = "urn:schemas-microsoft-com:office:office";
    private static readonly XNamespace Word10 = "urn:schemas-microsoft-com:office:word";

    /// The document's watermark text, or null when it has none.
    public static string? TextOf(DocumentMetadata metadata, Theme theme)
    {
        var text = metadata.Watermark ?? theme.Watermark.Text;
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// Puts the shape at the start of the header's first paragraph (an anchored shape adds no height there).
    /// <paramref name="index"/> numbers the headers so each shape has its own id.
    public static void AddTo(W.Header header, string text, Theme theme, int textWidth, int index)
    {
        var paragraph = header.Elements<W.Paragraph>().FirstOrDefault();
        if (paragraph is null)
        {
            paragraph = Paragraphs.New(StyleIds.Header);
            // After the banner, which runs to the paper edge.
            header.AppendChild(paragraph);
        }
        var run = Run(text, theme, textWidth, index);
        // The shape's namespaces go on the header's root, as Word writes them, not on the run.
        foreach (var (prefix, uri) in new[] { ("v", Vml.NamespaceName), ("o", Office.NamespaceName), ("w10", Word10.NamespaceName) })
        {
            if (header.LookupNamespace(prefix) is null)
                header.AddNamespaceDeclaration(prefix, uri);
        }
        foreach (var prefix in new[] { "w", "v", "o", "w10" })
            run.RemoveNamespaceDeclaration(prefix);
        if (paragraph.ParagraphProperties is { } properties)
            properties.InsertAfterSelf(run);
        else
            paragraph.PrependChild(run);
    }

    private static W.Run Run(string text, Theme theme, int textWidth, int index)
    {
        var (width, height) = Box(text, theme.Watermark.Size, textWidth / 20.0);
        var style = string.Join(";",
            "position:absolute", "margin-left:0", "margin-top:0",
            "width:" + Points(width), "height:" + Points(height),
            "rotation:315", "z-index:-251654144",
            "mso-position-horizontal:center", "mso-position-horizontal-relative:margin",
            "mso-position-vertical:center", "mso-position-vertical-relative:margin");
        var shape = new XElement(Vml + "shape",
            new XAttribute("id", "PowerPlusWaterMarkObject" + index.ToString(CultureInfo.InvariantCulture)),
            new XAttribute(Office + "spid", "_x0000_s" + (2049 + index).ToString(CultureInfo.InvariantCulture)),
            new XAttribute("type", "#_x0000_t136"),
            new XAttribute("style", style),
            new XAttribute(Office + "allowincell", "f"),
            new XAttribute("fillcolor", "#" + Units.Color(theme.Watermark.Color)),
            new XAttribute("stroked", "f"),
            new XElement(Vml + "fill", new XAttribute("opacity", Math.Clamp(theme.Watermark.Opacity, 0, 1).ToString("0.###", CultureInfo.InvariantCulture))),
            new XElement(Vml + "textpath",
                new XAttribute("style", $"font-family:\"{theme.Fonts.Headings}\";font-size:1pt"),
                new XAttribute("string", text)),
            new XElement(Word10 + "wrap", new XAttribute("anchorx", "margin"), new XAttribute("anchory", "margin")));
        var run = new XElement(Wml + "r",
            new XAttribute(XNamespace.Xmlns + "w", Wml),
            new XAttribute(XNamespace.Xmlns + "v", Vml),
            new XAttribute(XNamespace.Xmlns + "o", Office),
            new XAttribute(XNamespace.Xmlns + "w10", Word10),
            new XElement(Wml + "rPr", new XElement(Wml + "noProof")),
            new XElement(Wml + "pict", ShapeType(), shape));
        return new W.Run(run.ToString(SaveOptions.DisableFormatting));
    }

    /// The box the text is fitted into: the theme's size as height, about 0.62 em per character wide, shrunk
    /// together so that, turned 45°, it fits across the text width.
    private static (double Width, double Height) Box(string text, double size, double textWidth)
    {
        var height = Math.Max(12, size);
        var width = height * 0.62 * text.Length;
        var fit = textWidth * Math.Sqrt(2) / (width + height);
        return fit < 1 ? (width * fit, height * fit) : (width, height);
    }

    private static string Points(double value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "pt";

    /// Word's text-path shape type (type 136, "PlainText"), as Word writes it beside every watermark.
    private static XElement ShapeType()
    {
        string[] formulas =
        [
            "sum #0 0 10800", "prod #0 2 1", "sum 21600 0 @1", "sum 0 0 @2", "sum 21600 0 @3", "if @0 @3 0",
            "if @0 21600 @1", "if @0 0 @2", "if @0 @4 21600", "mid @5 @6", "mid @8 @5", "mid @7 @8", "mid @6 @7", "sum @6 0 @5",
        ];
        return new XElement(Vml + "shapetype",
            new XAttribute("id", "_x0000_t136"),
            new XAttribute("coordsize", "21600,21600"),
            new XAttribute(Office + "spt", "136"),
            new XAttribute("adj", "10800"),
            new XAttribute("path", "m@7,l@8,m@5,21600l@6,21600e"),
            new XElement(Vml + "formulas", formulas.Select(f => new XElement(Vml + "f", new XAttribute("eqn", f)))),
            new XElement(Vml + "path",
                new XAttribute("textpathok", "t"),
                new XAttribute(Office + "connecttype", "custom"),
                new XAttribute(Office + "connectlocs", "@9,0;@10,10800;@11,21600;@12,10800"),
                new XAttribute(Office + "connectangles", "270,180,90,0")),
            new XElement(Vml + "textpath", new XAttribute("on", "t"), new XAttribute("fitshape", "t")),
            new XElement(Vml + "handles", new XElement(Vml + "h", new XAttribute("position", "#0,bottomRight"), new XAttribute("xrange", "6629,14971"))),
            new XElement(Office + "lock", new XAttribute(Vml + "ext", "edit"), new XAttribute("text", "t"), new XAttribute("shapetype", "t")));
    }
}
