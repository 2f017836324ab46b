using System.Text;
using System.Xml.Linq;

namespace ReportForge.Tests;

/// <summary>The XMP metadata packet of a PDF, read out of the file's bytes and parsed as XML.</summary>
internal static class XmpReader
{
    public static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static readonly XNamespace PdfAId = "http://www.aiim.org/pdfa/ns/id/";
    public static readonly XNamespace PdfUaId = "http://www.aiim.org/pdfua/ns/id/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace PdfAExtension = "http://www.aiim.org/pdfa/ns/extension/";
    public static readonly XNamespace PdfASchema = "http://www.aiim.org/pdfa/ns/schema#";

    /// <summary>The one packet in <paramref name="pdf"/> (PDFsharp writes metadata streams unfiltered).</summary>
    public static XDocument Read(byte[] pdf)
    {
        var begin = pdf.AsSpan().IndexOf("<?xpacket begin="u8);
        Assert.True(begin >= 0, "the PDF has no XMP packet");
        Assert.Equal(-1, pdf.AsSpan(begin + 1).IndexOf("<?xpacket begin="u8));
        var endTag = "<?xpacket end=\"w\"?>"u8;
        var end = pdf.AsSpan(begin).IndexOf(endTag);
        Assert.True(end > 0, "the XMP packet does not end");
        return XDocument.Parse(Encoding.UTF8.GetString(pdf, begin, end + endTag.Length));
    }

    /// <summary>The text of every element named <paramref name="name"/>.</summary>
    public static List<string> Values(XDocument xmp, XName name) => xmp.Descendants(name).Select(e => e.Value).ToList();

    /// <summary>dc:title's default-language entry.</summary>
    public static string? Title(XDocument xmp) => xmp.Descendants(Dc + "title").Descendants(Rdf + "li").FirstOrDefault()?.Value;
}
