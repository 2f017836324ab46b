using ReportForge.Model;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Text.Hyphenation;

namespace ReportForge.Pdf.Building;

/// <summary>Maps each model block to its element; one small builder per block kind.</summary>
internal sealed class BlockBuilder(PdfStyles styles, Document document, Dictionary<Table, IReadOnlyList<double>>? columnWidths = null)
{
    public PdfStyles Styles { get; } = styles;

    /// <summary>Where each table tells its column widths when first drawn (the first pass's, for the Word document); null when no one asks.</summary>
    public Dictionary<Table, IReadOnlyList<double>>? ColumnWidths { get; } = columnWidths;

    public Document Document { get; } = document;

    /// <summary>
    /// What hyphenates body text: the patterns of the document's language, read now if no document in it was laid out
    /// before; null when the theme turns hyphenation off or the language has no patterns.
    /// </summary>
    public Hyphenator? Hyphenator { get; } = styles.Sheet.Hyphenate ? Hyphenator.ForCulture(document.Metadata.Language) : null;

    public Element Blocks(IReadOnlyList<Block> blocks, bool compact = false)
    {
        // A removed part has no place in the accepted state the PDF shows; its neighbours meet as if it never was.
        var shown = blocks.Any(b => b is Change { Kind: ChangeKind.Removed })
            ? blocks.Where(b => b is not Change { Kind: ChangeKind.Removed }).ToList()
            : blocks;
        return new ColumnElement(shown.Select((b, i) => Block(b, compact, i == shown.Count - 1)).ToList());
    }

    public Element Block(Block block, bool compact = false, bool last = false) => block switch
    {
        Heading heading => HeadingBuilder.Build(heading, this),
        Paragraph paragraph => ParagraphBuilder.Build(paragraph, this, compact && last ? 0 : compact ? Styles.Sheet.Compact
            : Styles.Sheet.Paragraph.After),
        Model.ListBlock list => ListBuilder.Build(list, this, depth: 0),
        Table table => TableBuilder.Build(table, this),
        Quote quote => QuoteBuilder.Build(quote, this),
        Callout callout => CalloutBuilder.Build(callout, this),
        Model.KeepTogether keep => KeepTogetherBuilder.Build(keep, this),
        CodeBlock code => CodeBlockBuilder.Build(code, this),
        ThematicBreak => ThematicBreakBuilder.Build(this),
        PageBreak => PageBreakBuilder.Build(),
        Image image => ImageBuilder.Build(image, this),
        TableOfContents toc => TableOfContentsBuilder.Build(toc, Document.Blocks, this),
        Change change => ChangeBuilder.Build(change, this, compact, last),
        // Until the chart drawing lands, a chart is its data table (theme charts.data_table).
        Chart chart => TableBuilder.Build(Charts.ChartTable.Of(chart, Charts.ChartWords.Of(Document)), this),
        _ => throw new InvalidOperationException($"no PDF mapping for block {block.GetType().Name}"),
    };
}
