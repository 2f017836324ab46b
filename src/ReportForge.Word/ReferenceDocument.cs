using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Diagnostics;
using ReportForge.IO;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// <summary>
/// A user's own Word file whose styles, page setup (page size and margins) and header and footer the writer
/// takes, as Pandoc's <c>--reference-doc</c> does. The content keeps using its style ids; styles the reference
/// lacks are added from the theme's.
/// </summary>
public sealed class ReferenceDocument
{
    private ReferenceDocument(W.Styles? styles, W.PageSize? pageSize, W.PageMargin? pageMargin, bool titlePage,
        IReadOnlyList<ReferencePart> headers, IReadOnlyList<ReferencePart> footers)
    {
        Styles = styles;
        PageSize = pageSize;
        PageMargin = pageMargin;
        TitlePage = titlePage;
        Headers = headers;
        Footers = footers;
    }

    internal W.Styles? Styles { get; }

    internal W.PageSize? PageSize { get; }

    internal W.PageMargin? PageMargin { get; }

    internal bool TitlePage { get; }

    internal IReadOnlyList<ReferencePart> Headers { get; }

    internal IReadOnlyList<ReferencePart> Footers { get; }

    internal bool HasHeaderOrFooter => Headers.Count > 0 || Footers.Count > 0;

    /// <summary>
    /// Reads a .docx file; a missing or unreadable file, or one that is not a Word document, is error RF1601 at its path;
    /// one that is not a regular file (a folder, FIFO, device) or is larger than <see cref="ReadLimit.ReferenceDocument"/>
    /// is RF1602.
    /// </summary>
    /// <param name="path">The reference document's path.</param>
    public static Result<ReferenceDocument> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var read = InputFiles.Read(path, ReadLimit.ReferenceDocument);
        if (read.Bytes is { } bytes) return Read(bytes, path);
        if (read.Problem is FileProblem.Missing or FileProblem.Unreadable) return Fail(path, $"cannot read the reference document: it {read.Detail}");
        return Result<ReferenceDocument>.Fail(new Diagnostic(ErrorCodes.ReferenceDocumentRefused, Severity.Error,
            $"the reference document {read.Detail}", SourceLocation.OfFile(path)));
    }

    /// <summary>Reads a .docx from its bytes; <paramref name="name"/> locates errors.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="name">The file name shown in errors.</param>
    public static Result<ReferenceDocument> Read(byte[] bytes, string name)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (ReferencePackage.Check(bytes) is var (code, problem))
            return Result<ReferenceDocument>.Fail(new Diagnostic(code, Severity.Error, problem, SourceLocation.OfFile(name)));
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var word = WordprocessingDocument.Open(stream, false);
            var main = word.MainDocumentPart;
            if (main?.Document?.Body is not { } body)
                return Fail(name, "the reference document has no main document part; give a Word document (.docx)");
            var section = body.Elements<W.SectionProperties>().LastOrDefault();
            var headers = new List<ReferencePart>();
            foreach (var reference in section?.Elements<W.HeaderReference>() ?? [])
            {
                if (PartOf<HeaderPart>(main, reference.Id?.Value) is not HeaderPart { Header: not null } part)
                    return Broken(name, "headerReference", reference.Id?.Value, reference.Type?.Value, "a header");
                headers.Add(ReferencePart.Header(reference.Type?.Value ?? W.HeaderFooterValues.Default, part));
            }
            var footers = new List<ReferencePart>();
            foreach (var reference in section?.Elements<W.FooterReference>() ?? [])
            {
                if (PartOf<FooterPart>(main, reference.Id?.Value) is not FooterPart { Footer: not null } part)
                    return Broken(name, "footerReference", reference.Id?.Value, reference.Type?.Value, "a footer");
                footers.Add(ReferencePart.Footer(reference.Type?.Value ?? W.HeaderFooterValues.Default, part));
            }
            return Result<ReferenceDocument>.Ok(new ReferenceDocument(
                (W.Styles?)main.StyleDefinitionsPart?.Styles?.CloneNode(true),
                (W.PageSize?)section?.GetFirstChild<W.PageSize>()?.CloneNode(true),
                (W.PageMargin?)section?.GetFirstChild<W.PageMargin>()?.CloneNode(true),
                section?.GetFirstChild<W.TitlePage>() is { } title && (title.Val?.Value ?? true),
                headers,
                footers));
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException
            or ArgumentException or System.Xml.XmlException or KeyNotFoundException or InvalidCastException)
        {
            return Fail(name, $"the reference document is not a Word document (.docx): {e.Message}");
        }
    }

    private static T? PartOf<T>(MainDocumentPart main, string? id) where T : OpenXmlPart =>
        id is { Length: > 0 } && main.Parts.FirstOrDefault(p => p.RelationshipId == id).OpenXmlPart is T part ? part : null;

    private static Result<ReferenceDocument> Broken(string name, string element, string? id, W.HeaderFooterValues? type, string what)
    {
        var kind = type == W.HeaderFooterValues.First ? "first-page" : type == W.HeaderFooterValues.Even ? "even-page" : "default";
        var problem = id is not { Length: > 0 } ? "has no r:id" : $"names r:id '{id}', which is not {what} of the document";
        return Result<ReferenceDocument>.Fail(new Diagnostic(ErrorCodes.ReferenceDocumentBroken, Severity.Error,
            $"the reference document's word/document.xml: the {kind} {element} {problem}; open and save the file in Word, or give another .docx",
            SourceLocation.OfFile(name)));
    }

    private static Result<ReferenceDocument> Fail(string path, string message) =>
        Result<ReferenceDocument>.Fail(new Diagnostic(ErrorCodes.ReferenceDocumentInvalid, Severity.Error, message, SourceLocation.OfFile(path)));
}

/// A header or footer of the reference document with what it refers to: pictures and external links,
/// kept under their relationship ids.
internal sealed record ReferencePart(
    W.HeaderFooterValues Type,
    OpenXmlCompositeElement Root,
    IReadOnlyList<(string Id, string ContentType, byte[] Bytes)> Images,
    IReadOnlyList<(string Id, Uri Target)> Links)
{
    public static ReferencePart Header(W.HeaderFooterValues type, HeaderPart part) =>
        new(type, (W.Header)part.Header!.CloneNode(true), ImagesOf(part), LinksOf(part));

    public static ReferencePart Footer(W.HeaderFooterValues type, FooterPart part) =>
        new(type, (W.Footer)part.Footer!.CloneNode(true), ImagesOf(part), LinksOf(part));

    private static List<(string, string, byte[])> ImagesOf(OpenXmlPart part) => part.Parts
        .Where(p => p.OpenXmlPart is ImagePart)
        .OrderBy(p => p.RelationshipId, StringComparer.Ordinal)
        .Select(p =>
        {
            using var stream = p.OpenXmlPart.GetStream();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return (p.RelationshipId, p.OpenXmlPart.ContentType, copy.ToArray());
        })
        .ToList();

    private static List<(string, Uri)> LinksOf(OpenXmlPart part) => part.HyperlinkRelationships
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .Select(r => (r.Id, r.Uri))
        .ToList();
}
