using System.Text.RegularExpressions;
using System.Xml.Linq;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests.Accessibility;

/// <summary>One failed condition of the Matterhorn Protocol 1.1 (the PDF/UA-1 checklist), as a test log reads it.</summary>
/// <param name="Condition">The failure condition's number, e.g. <c>14-003</c>; <c>UA1-7.1</c> for a PDF/UA-1 clause the protocol has no number for.</param>
/// <param name="Message">What was found and where.</param>
internal record MatterhornFailure(string Condition, string Message)
{
    public override string ToString() => Condition.StartsWith("UA1", StringComparison.Ordinal)
        ? $"PDF/UA-1 {Condition[4..]}: {Message}"
        : $"Matterhorn {Condition}: {Message}";
}

/// <summary>One fault found on several structure elements: counted, with the pages it is on.</summary>
internal sealed record GroupedFailure(string Condition, string What) : MatterhornFailure(Condition, What)
{
    public int Count { get; set; }

    public SortedSet<int> Pages { get; } = [];

    public override string ToString() =>
        $"Matterhorn {Condition}: {Count} × {What}{(Pages.Count == 0 ? "" : (Pages.Count == 1 ? " on page " : " on pages ") + string.Join(", ", Pages))}";
}

/// <summary>
/// Checks a PDF for the machine-checkable Matterhorn Protocol failure conditions that apply to what ReportForge
/// writes (docs/accessibility.md lists them): the catalog entries, the role map, the structure tree (headings,
/// tables, lists, tables of contents, figures, notes), every piece of page content tagged or an artifact, and every
/// annotation in the tree. It reads the file with PdfPig, independently of the PDFsharp code that wrote it.
/// </summary>
internal static class MatterhornChecker
{
    /// <summary>The conditions this checker can report, in the order it reports them.</summary>
    public static readonly IReadOnlyList<string> Conditions =
    [
        "UA1-7.1", "01-007", "06-001", "06-002", "06-003", "07-001", "07-002", "11-001", "02-001", "02-002", "02-003",
        "09-004", "15-003", "09-005", "09-006", "13-004", "14-002", "14-003", "19-003", "19-004",
        "01-003", "01-004", "01-005", "28-008", "28-009", "28-011", "28-012",
    ];

    /// <summary>Checks the PDF at <paramref name="path"/>.</summary>
    /// <param name="path">The PDF file.</param>
    /// <param name="claimsUa">Whether the file claims PDF/UA-1, so its XMP must carry the identifier (06-002).</param>
    public static List<MatterhornFailure> Check(string path, bool claimsUa = false) => Check(File.ReadAllBytes(path), claimsUa);

    /// <summary>Checks the PDF in <paramref name="bytes"/>.</summary>
    public static List<MatterhornFailure> Check(byte[] bytes, bool claimsUa = false)
    {
        using var document = PdfDocument.Open(bytes);
        var failures = new List<MatterhornFailure>();
        var reader = new Reader(document);
        CheckCatalog(reader, failures, claimsUa);
        var tree = StructureTree.Read(reader, failures);
        StructureRules.Check(tree, failures);
        ContentRules.Check(reader, tree, failures);
        AnnotationRules.Check(reader, tree, failures);
        return failures;
    }

    private static void CheckCatalog(Reader reader, List<MatterhornFailure> failures, bool claimsUa)
    {
        var catalog = reader.Catalog;
        var markInfo = reader.Dict(catalog, "MarkInfo");
        if (markInfo is null || reader.Get(markInfo, "Marked") is not BooleanToken { Data: true })
            failures.Add(new("UA1-7.1", "the catalog's /MarkInfo has no /Marked true"));
        if (markInfo is not null && reader.Get(markInfo, "Suspects") is BooleanToken { Data: true })
            failures.Add(new("01-007", "/MarkInfo /Suspects is true"));

        if (!reader.Document.TryGetXmpMetadata(out var xmp))
        {
            failures.Add(new("06-001", "the catalog has no XMP metadata stream"));
        }
        else
        {
            var xml = XDocument.Parse(System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes()).TrimStart('\uFEFF'));
            XNamespace dc = "http://purl.org/dc/elements/1.1/", ua = "http://www.aiim.org/pdfua/ns/id/";
            if (claimsUa && !xml.Descendants(ua + "part").Any() && !xml.Descendants().Any(e => e.Attribute(ua + "part") is not null))
                failures.Add(new("06-002", "the XMP metadata has no PDF/UA identifier (pdfuaid:part)"));
            var title = xml.Descendants(dc + "title").FirstOrDefault();
            if (title is null || string.IsNullOrWhiteSpace(title.Value))
                failures.Add(new("06-003", "the XMP metadata has no dc:title"));
        }

        var preferences = reader.Dict(catalog, "ViewerPreferences");
        switch (preferences is null ? null : reader.Get(preferences, "DisplayDocTitle"))
        {
            case null: failures.Add(new("07-001", "the catalog's /ViewerPreferences has no /DisplayDocTitle")); break;
            case BooleanToken { Data: false }: failures.Add(new("07-002", "/ViewerPreferences /DisplayDocTitle is false")); break;
        }

        var lang = reader.Text(reader.Get(catalog, "Lang"));
        if (lang is null) failures.Add(new("11-001", "the catalog has no /Lang, so the language of the text cannot be determined"));
        else if (!Regex.IsMatch(lang, "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")) failures.Add(new("11-001", $"the catalog's /Lang ({lang}) is not a language tag"));
    }

    /// <summary>Reads tokens through the file's cross-reference table.</summary>
    internal sealed class Reader(PdfDocument document)
    {
        public PdfDocument Document { get; } = document;

        public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

        /// <summary>Each page's object reference, in page order (page 1 first).</summary>
        public List<IndirectReference> PageReferences { get; } = PageTree(document);

        public IToken? Resolve(IToken? token, int depth = 0) =>
            token is IndirectReferenceToken reference && depth < 32 ? Resolve(Document.Structure.GetObject(reference.Data).Data, depth + 1) : token;

        public IToken? Get(DictionaryToken dictionary, string key) =>
            dictionary.TryGet(NameToken.Create(key), out var value) ? Resolve(value) : null;

        public DictionaryToken? Dict(DictionaryToken dictionary, string key) => Get(dictionary, key) switch
        {
            DictionaryToken d => d,
            StreamToken s => s.StreamDictionary,
            _ => null,
        };

        public string? Name(DictionaryToken dictionary, string key) => Get(dictionary, key) is NameToken name ? name.Data : null;

        public string? Text(IToken? token) => Resolve(token) switch
        {
            StringToken s => s.Data,
            HexToken h when h.Memory.Span is [0xFE, 0xFF, ..] => System.Text.Encoding.BigEndianUnicode.GetString(h.Memory.Span[2..]),
            HexToken h => h.Data,
            _ => null,
        };

        public int PageNumber(IToken? pageReference) =>
            pageReference is IndirectReferenceToken r ? PageReferences.IndexOf(r.Data) + 1 : 0;

        private static List<IndirectReference> PageTree(PdfDocument document)
        {
            var pages = new List<IndirectReference>();
            var catalog = document.Structure.Catalog.CatalogDictionary;
            if (catalog.TryGet(NameToken.Pages, out var root) && root is IndirectReferenceToken rootReference) Walk(rootReference.Data, 0);
            return pages;

            void Walk(IndirectReference node, int depth)
            {
                if (depth > 64 || document.Structure.GetObject(node).Data is not DictionaryToken dictionary) return;
                if (dictionary.TryGet(NameToken.Kids, out var kids) && kids is ArrayToken array)
                {
                    foreach (var kid in array.Data.OfType<IndirectReferenceToken>()) Walk(kid.Data, depth + 1);
                }
                else
                {
                    pages.Add(node);
                }
            }
        }
    }
}
