using System.Globalization;
using System.Text;
using PdfSharp.Pdf;
using ReportForge.Model;

namespace ReportForge.Pdf.Output;

/// <summary>
/// The XMP metadata of a PDF written to a standard. PDFsharp 6.2.4 makes its packet while saving, always, and can
/// declare only PDF/A-1a in it: for PDF/A-1b, PDF/UA-1 or both, the saved packet is replaced by this one, which says
/// the same (title, author, subject, keywords, producer, dates, as the document information dictionary says them:
/// PDF/A wants the two to agree) and identifies the standards. Inside a PDF/A file every property must come from a
/// schema PDF/A-1 knows or one the packet describes, so the PDF/UA identification brings its extension-schema entry.
/// </summary>
internal static class XmpPacket
{
    /// <summary>The packet for a saved <paramref name="pdf"/> (its information dictionary is final then).</summary>
    public static string Write(PdfDocument pdf, DocumentMetadata metadata, PdfStandard standard, string seed)
    {
        var info = pdf.Info;
        var date = metadata.Timestamp.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture);
        var xml = new StringBuilder();
        xml.Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        xml.Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        xml.Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        Property(xml, "pdf:Producer", info.Producer);
        if (info.Keywords.Length > 0) Property(xml, "pdf:Keywords", info.Keywords);
        xml.Append("</rdf:Description>\n");

        xml.Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        xml.Append("<dc:format>application/pdf</dc:format>\n");
        xml.Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (info.Author.Length > 0) xml.Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        if (info.Subject.Length > 0)
        {
            xml.Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject))
                .Append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        xml.Append("</rdf:Description>\n");

        xml.Append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        Property(xml, "xmp:CreatorTool", info.Creator);
        Property(xml, "xmp:CreateDate", date);
        Property(xml, "xmp:ModifyDate", date);
        Property(xml, "xmp:MetadataDate", date);
        xml.Append("</rdf:Description>\n");

        xml.Append("<rdf:Description rdf:about=\"\" xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n");
        Property(xml, "xmpMM:DocumentID", "uuid:" + Reproducibility.Uuid(seed + "/document"));
        Property(xml, "xmpMM:InstanceID", "uuid:" + Reproducibility.Uuid(seed + "/instance"));
        xml.Append("</rdf:Description>\n");

        if (standard.IsPdfA)
        {
            xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
            Property(xml, "pdfaid:part", "1");
            Property(xml, "pdfaid:conformance", standard.PdfA == PdfALevel.A1a ? "A" : "B");
            xml.Append("</rdf:Description>\n");
        }
        if (standard.Ua1)
        {
            xml.Append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
            Property(xml, "pdfuaid:part", "1");
            xml.Append("</rdf:Description>\n");
            if (standard.IsPdfA) xml.Append(PdfUaExtensionSchema);
        }

        xml.Append("</rdf:RDF>\n");
        xml.Append("</x:xmpmeta>\n");
        xml.Append("<?xpacket end=\"w\"?>");
        return xml.ToString();
    }

    // PDF/A-1 (ISO 19005-1, 6.7.8): a property outside the schemas it predefines is described in the packet itself.
    private const string PdfUaExtensionSchema = """
        <rdf:Description rdf:about=""
          xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
          xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
          xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
        <pdfaExtension:schemas>
        <rdf:Bag>
        <rdf:li rdf:parseType="Resource">
        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
        <pdfaSchema:property>
        <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
        <pdfaProperty:name>part</pdfaProperty:name>
        <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
        <pdfaProperty:category>internal</pdfaProperty:category>
        <pdfaProperty:description>Indicates which part of ISO 14289 (PDF/UA) the document conforms to</pdfaProperty:description>
        </rdf:li>
        </rdf:Seq>
        </pdfaSchema:property>
        </rdf:li>
        </rdf:Bag>
        </pdfaExtension:schemas>
        </rdf:Description>

        """;

    private static void Property(StringBuilder xml, string name, string value) =>
        xml.Append('<').Append(name).Append('>').Append(Escape(value)).Append("</").Append(name).Append(">\n");

    // XML text: the five special characters escaped, characters XML 1.0 cannot hold (most controls) left out.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&apos;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'): break;
                case '\uFFFE' or '\uFFFF': break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>
    /// Replaces the data of the saved file's metadata stream (PDFsharp writes it unfiltered, with a direct length) by
    /// <paramref name="packet"/>, in <paramref name="saved"/>: the rest of the file moves up or down by the difference,
    /// and the repair pass after this rebuilds the cross-reference table from where the objects now are.
    /// </summary>
    public static void Replace(MemoryStream saved, string packet)
    {
        var pdf = saved.GetBuffer().AsSpan(0, (int)saved.Length);
        var head = pdf.IndexOf("<</Type/Metadata/Subtype/XML/Length "u8);
        if (head < 0) throw new InvalidOperationException("the saved file has no XMP metadata stream to replace");
        var digits = head + "<</Type/Metadata/Subtype/XML/Length "u8.Length;
        var afterDigits = digits;
        while (afterDigits < pdf.Length && char.IsAsciiDigit((char)pdf[afterDigits])) afterDigits++;
        var oldLength = int.Parse(pdf[digits..afterDigits], CultureInfo.InvariantCulture);
        var keyword = FlateRepair.IndexOf(pdf, "stream"u8, afterDigits);
        var data = keyword + 6;
        if (keyword < 0 || !pdf[afterDigits..keyword].TrimEnd("\r\n "u8).SequenceEqual(">>"u8))
            throw new InvalidOperationException("the saved file's metadata stream is not as PDFsharp writes it");
        if (pdf[data] == '\r') data++;
        data++;
        var separator = pdf[afterDigits..data].ToArray();
        var tail = pdf[(data + oldLength)..].ToArray();

        saved.SetLength(digits);
        saved.Position = digits;
        var bytes = Encoding.UTF8.GetBytes(packet);
        saved.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture)));
        saved.Write(separator);
        saved.Write(bytes);
        saved.Write(tail);
    }
}
