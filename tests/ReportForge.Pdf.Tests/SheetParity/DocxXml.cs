using System.IO.Compression;
using System.Xml.Linq;

namespace ReportForge.Pdf.Tests.SheetParity;

/// <summary>
/// A written .docx read back as XML, with properties resolved as Word resolves them: the paragraph's (or run's) own,
/// then its style and the styles it is based on, then the document defaults.
/// </summary>
internal sealed class DocxXml
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private readonly XElement _styles;

    public DocxXml(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        XElement Load(string name) => XDocument.Load(zip.GetEntry(name)!.Open()).Root!;
        Body = Load("word/document.xml").Element(W + "body")!;
        _styles = Load("word/styles.xml");
        Numbering = Load("word/numbering.xml");
        Footnotes = Load("word/footnotes.xml");
    }

    public XElement Body { get; }
    public XElement Numbering { get; }
    public XElement Footnotes { get; }

    public static string Text(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    /// <summary>The paragraph whose text holds <paramref name="tag"/>, of <paramref name="style"/> if given.</summary>
    public XElement Paragraph(string tag, string? style = null, XElement? within = null) =>
        (within ?? Body).Descendants(W + "p").FirstOrDefault(p => Text(p).Contains(tag, StringComparison.Ordinal) && (style is null || StyleOf(p) == style))
        ?? throw new Xunit.Sdk.XunitException($"no .docx paragraph holds '{tag}'" + (style is null ? "" : $" in style {style}"));

    public string StyleOf(XElement paragraph) =>
        paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val")?.Value
        ?? _styles.Elements(W + "style")
            .First(s => (string?)s.Attribute(W + "type") == "paragraph" && (string?)s.Attribute(W + "default") is "1" or "true" or "on")
            .Attribute(W + "styleId")!.Value;

    public XElement? Style(string id) => _styles.Elements(W + "style").FirstOrDefault(s => (string?)s.Attribute(W + "styleId") == id);

    /// <summary>The paragraph properties in the order Word looks: own, style chain, defaults.</summary>
    public IEnumerable<XElement> ParagraphChain(XElement paragraph)
    {
        if (paragraph.Element(W + "pPr") is { } own) yield return own;
        foreach (var style in StyleChain(StyleOf(paragraph)))
            if (style.Element(W + "pPr") is { } pPr) yield return pPr;
        if (_styles.Element(W + "docDefaults")?.Element(W + "pPrDefault")?.Element(W + "pPr") is { } defaults) yield return defaults;
    }

    /// <summary>The run properties in the order Word looks: the run's, the paragraph style chain's, defaults.</summary>
    public IEnumerable<XElement> RunChain(XElement paragraph, string tag)
    {
        var run = paragraph.Descendants(W + "r")
            .FirstOrDefault(r => string.Concat(r.Elements(W + "t").Select(t => t.Value)).Contains(tag, StringComparison.Ordinal));
        if (run?.Element(W + "rPr") is { } own) yield return own;
        foreach (var style in StyleChain(StyleOf(paragraph)))
            if (style.Element(W + "rPr") is { } rPr) yield return rPr;
        if (_styles.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr") is { } defaults) yield return defaults;
    }

    private IEnumerable<XElement> StyleChain(string? id)
    {
        for (var guard = 0; id is not null && guard < 20; guard++)
        {
            if (Style(id) is not { } style) yield break;
            yield return style;
            id = style.Element(W + "basedOn")?.Attribute(W + "val")?.Value;
        }
    }

    /// <summary>The first value of <paramref name="element"/>'s <paramref name="attribute"/> along the chain.</summary>
    public static string? Find(IEnumerable<XElement> chain, string element, string attribute = "val") =>
        chain.Select(p => Child(p, element)?.Attribute(W + attribute)?.Value).FirstOrDefault(v => v is not null);

    /// <summary>A descendant by a path of local names ("pBdr/left").</summary>
    public static XElement? Child(XElement? element, string path)
    {
        foreach (var name in path.Split('/'))
            element = element?.Element(W + name);
        return element;
    }

    /// <summary>Whether a toggle (w:b, w:i, w:keepNext) is on along the chain.</summary>
    public static bool On(IEnumerable<XElement> chain, string element)
    {
        var found = chain.Select(p => Child(p, element)).FirstOrDefault(e => e is not null);
        return found is not null && (string?)found.Attribute(W + "val") is null or "1" or "true" or "on";
    }

    public static string? Attr(XElement? element, string name) => element?.Attribute(W + name)?.Value;
}
