using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.ExtendedProperties;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;

namespace ReportForge.Word;

/// Core properties (title, subject, author, keywords, language, dates) and app properties.
/// core.xml is written by hand: System.IO.Packaging's own core part gets a random name.
internal static class PackageProperties
{
    private const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string Dc = "http://purl.org/dc/elements/1.1/";
    private const string DcTerms = "http://purl.org/dc/terms/";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static void AddTo(WordprocessingDocument package, DocumentMetadata metadata)
    {
        var core = package.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using (var stream = core.GetStream(FileMode.Create))
            WriteCore(stream, metadata);

        var app = package.AddNewPart<ExtendedFilePropertiesPart>("rIdApp");
        app.Properties = new Properties(new Application("ReportForge"), new DocumentSecurity("0"));
    }

    private static void WriteCore(Stream stream, DocumentMetadata metadata)
    {
        var settings = new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false), Indent = false };
        using var xml = XmlWriter.Create(stream, settings);
        xml.WriteStartDocument(true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        xml.WriteAttributeString("xmlns", "dcterms", null, DcTerms);
        xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Element(xml, "dc", "title", Dc, metadata.Title);
        Element(xml, "dc", "subject", Dc, metadata.Subject);
        Element(xml, "dc", "creator", Dc, metadata.Author);
        Element(xml, "cp", "keywords", Cp, metadata.Keywords.Count > 0 ? string.Join("; ", metadata.Keywords) : null);
        Element(xml, "dc", "language", Dc, metadata.Language);
        var stamp = metadata.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var name in new[] { "created", "modified" })
        {
            xml.WriteStartElement("dcterms", name, DcTerms);
            xml.WriteAttributeString("xsi", "type", Xsi, "dcterms:W3CDTF");
            xml.WriteString(stamp);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string prefix, string name, string ns, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return;
        xml.WriteElementString(prefix, name, ns, XmlText.Clean(value));
    }
}
