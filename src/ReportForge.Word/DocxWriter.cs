using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// <summary>Writes the document model as a Word document (.docx), styled by the theme.</summary>
public static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Writes the document as .docx into the stream.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="theme">The theme that gives styles, page and running texts.</param>
    /// <param name="output">A writable stream; it need not be seekable.</param>
    /// <param name="pageMap">Anchor → 1-based page from the PDF layout; fills the table of contents' page numbers
    /// (without it the entries are written with empty page numbers, which Word fills on a field update).</param>
    /// <param name="reference">A user's Word file whose styles, page setup, header and footer replace the theme's.</param>
    public static void Write(Document document, Theme theme, Stream output, IReadOnlyDictionary<string, int>? pageMap = null,
        ReferenceDocument? reference = null) =>
        Write(document, theme, output, () => Pages(pageMap), reference);

    /// <summary>Writes the document as .docx into the stream, with the PDF layout's page numbers and table column widths.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="theme">The theme that gives styles, page and running texts.</param>
    /// <param name="output">A writable stream; it need not be seekable.</param>
    /// <param name="layout">What the PDF layout decided: the contents' page numbers and each table's column widths (a table
    /// it lacks, or a null, gets the Word writer's own widths).</param>
    /// <param name="reference">A user's Word file whose styles, page setup, header and footer replace the theme's.</param>
    /// <param name="labelWidth">The width in points of a list number in the body text, as the PDF measures it, so that
    /// lists get the PDF's label columns (without it the widths are estimated from the numbers' lengths).</param>
    /// <param name="trackChanges">Write the document's marked changes as Word revisions (w:ins, w:del) instead of
    /// accepted, and mark the contents for Word to refresh (shown revisions move text).</param>
    public static void Write(Document document, Theme theme, Stream output, LayoutFacts? layout, ReferenceDocument? reference = null,
        Func<string, double>? labelWidth = null, bool trackChanges = false) =>
        Write(document, theme, output, () => layout, reference, labelWidth, trackChanges);

    private static void Write(Document document, Theme theme, Stream output, Func<LayoutFacts?> layout, ReferenceDocument? reference,
        Func<string, double>? labelWidth = null, bool trackChanges = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
            throw new ArgumentException("The output stream must be writable.", nameof(output));

        using var package = new MemoryStream();
        WritePackage(document, theme, layout, reference, labelWidth, trackChanges, package);
        package.Position = 0;
        using var normalized = new MemoryStream();
        ReproducibleZip.Rewrite(package, normalized);
        normalized.Position = 0;
        normalized.CopyTo(output);
    }

    /// <summary>Writes the document as .docx and returns its bytes.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="theme">The theme that gives styles, page and running texts.</param>
    /// <param name="pageMap">Anchor → 1-based page from the PDF layout, for the table of contents.</param>
    /// <param name="reference">A user's Word file whose styles, page setup, header and footer replace the theme's.</param>
    public static byte[] Write(Document document, Theme theme, IReadOnlyDictionary<string, int>? pageMap = null,
        ReferenceDocument? reference = null) =>
        Write(document, theme, () => Pages(pageMap), reference);

    /// <summary>Writes the document as .docx and returns its bytes, with the PDF layout's page numbers and table column widths.</summary>
    /// <param name="document">The document to write.</param>
    /// <param name="theme">The theme that gives styles, page and running texts.</param>
    /// <param name="layout">What the PDF layout decided: the contents' page numbers and each table's column widths (a table
    /// it lacks, or a null, gets the Word writer's own widths).</param>
    /// <param name="reference">A user's Word file whose styles, page setup, header and footer replace the theme's.</param>
    /// <param name="labelWidth">The width in points of a list number in the body text, as the PDF measures it, so that
    /// lists get the PDF's label columns (without it the widths are estimated from the numbers' lengths).</param>
    /// <param name="trackChanges">Write the document's marked changes as Word revisions (w:ins, w:del) instead of
    /// accepted, and mark the contents for Word to refresh (shown revisions move text).</param>
    public static byte[] Write(Document document, Theme theme, LayoutFacts? layout, ReferenceDocument? reference = null,
        Func<string, double>? labelWidth = null, bool trackChanges = false) =>
        Write(document, theme, () => layout, reference, labelWidth, trackChanges);

    /// <summary>
    /// Writes the document as .docx while the PDF's first layout pass is still running (on another core): everything
    /// is built first, and the table of contents' page numbers and the tables' column widths go in when the layout is
    /// there. A layout that ends as null leaves the page numbers empty and the tables at the Word writer's own widths;
    /// a faulted or cancelled one fails the write.
    /// </summary>
    /// <param name="document">The document to write.</param>
    /// <param name="theme">The theme that gives styles, page and running texts.</param>
    /// <param name="layout">What the PDF layout decided, when it is known.</param>
    /// <param name="reference">A user's Word file whose styles, page setup, header and footer replace the theme's.</param>
    /// <param name="labelWidth">The width in points of a list number in the body text, as the PDF measures it, so that
    /// lists get the PDF's label columns (without it the widths are estimated from the numbers' lengths).</param>
    /// <param name="trackChanges">Write the document's marked changes as Word revisions (w:ins, w:del) instead of
    /// accepted, and mark the contents for Word to refresh (shown revisions move text).</param>
    public static byte[] WriteWhileLaidOut(Document document, Theme theme, Task<LayoutFacts?> layout, ReferenceDocument? reference = null,
        Func<string, double>? labelWidth = null, bool trackChanges = false)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Write(document, theme, () => layout.GetAwaiter().GetResult(), reference, labelWidth, trackChanges);
    }

    private static byte[] Write(Document document, Theme theme, Func<LayoutFacts?> layout, ReferenceDocument? reference,
        Func<string, double>? labelWidth = null, bool trackChanges = false)
    {
        using var output = new MemoryStream();
        Write(document, theme, output, layout, reference, labelWidth, trackChanges);
        return output.ToArray();
    }

    private static LayoutFacts? Pages(IReadOnlyDictionary<string, int>? pageMap) => pageMap is null ? null : LayoutFacts.Pages(pageMap);

    private static void WritePackage(Document document, Theme theme, Func<LayoutFacts?> layout,
        ReferenceDocument? reference, Func<string, double>? labelWidth, bool trackChanges, Stream package)
    {
        theme = theme.Localized(document.Metadata.Strings);
        var metadata = document.Metadata;
        var page = PageSetup.From(theme, metadata, reference);
        using var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document);
        // Stored, not deflated: the package is rewritten (ordered, dated, compressed once) right after.
        word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        var mainPart = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        PackageProperties.AddTo(word, metadata);
        WordContext? context = null;
        context = new WordContext(theme, mainPart, page.TextWidth, DocumentOutline.Of(document))
        {
            // Shown revisions move text, so the contents' page numbers (the accepted layout's) may be off: Word refreshes it.
            ContentsMayBeStale = reference is not null || trackChanges,
            LabelWidth = labelWidth,
            ChartWords = Charts.ChartWords.Of(document),
            Tracked = trackChanges
                ? new TrackedChanges(string.IsNullOrWhiteSpace(metadata.Author) ? TrackedChanges.DefaultAuthor : metadata.Author, metadata.Timestamp,
                    () => context!.NextBookmarkId())
                : null,
        };
        StylesPart.AddTo(mainPart, theme, context.Sheet, metadata.Language, reference?.Styles);
        SettingsPart.AddTo(mainPart, metadata.Language, context.Sheet.DefaultTabStop, hasFootnotes: document.Footnotes.Count > 0,
            hyphenate: context.Sheet.Hyphenate);
        FontTablePart.AddTo(mainPart, theme);

        var body = new List<OpenXmlElement>();
        Blocks.TitleBlockWriter.Write(metadata, context, body);
        BlockWriter.WriteBody(document, context, BlockScope.Body(page.TextWidth), body);
        FootnotesPart.AddTo(mainPart, document.Footnotes, context);
        context.Numbering.AddTo(mainPart);

        var references = reference is { HasHeaderOrFooter: true }
            ? ReferenceHeaderFooter.AddTo(mainPart, reference, metadata, theme, page.TextWidth)
            : HeaderFooterParts.AddTo(mainPart, metadata, theme, page.TextWidth);
        var facts = layout();
        context.PageNumbers.Fill(facts?.PageMap);
        context.Tables.Fill(facts?.ColumnWidths, context);
        mainPart.Document = DrawingNamespaces.DeclareOn(new W.Document(new W.Body(body.Append(page.SectionProperties(references)))));
    }
}
