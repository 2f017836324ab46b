using System.Globalization;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReportForge.Diagnostics;
using ReportForge.Model;
using Block = ReportForge.Model.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace ReportForge.Markup;

/// <summary>Maps Markdig blocks onto the model. A node it does not know is an error, never dropped.</summary>
internal sealed class BlockConverter(ConversionContext context)
{
    /// <summary>Quotes, list items, callouts and keeps inside each other; each level narrows the text.</summary>
    public const int MaxNesting = 12;

    private readonly HashSet<string> _anchors = context.Anchors;
    private int _nesting;
    private bool _inChange;

    /// <summary>Where each of the document's own blocks came from, in the order <see cref="Convert"/> returned them.</summary>
    public List<BlockOrigin?> Origins { get; } = [];

    public List<Block> Convert(ContainerBlock container)
    {
        var nested = container is not MarkdownDocument;
        if (nested && ++_nesting > MaxNesting)
            throw new MarkupError(ErrorCodes.MarkupNestedTooDeep,
                $"blocks are nested more than {MaxNesting} deep (quotes, lists, callouts, keeps); the text would be narrower than a letter",
                    container.Span.Start, container.Line);
        try
        {
            var blocks = new List<Block>();
            foreach (var block in container) Add(blocks, block, nested);
            return blocks;
        }
        finally
        {
            if (nested) _nesting--;
        }
    }

    private void Add(List<Block> blocks, Markdig.Syntax.Block block, bool nested)
    {
        // A marking container is no block of its own: its blocks take its place, each carrying the marking.
        if (block is CustomContainer custom && Markings.IsMarking(custom))
        {
            var level = Markings.Level(custom, context.Markings);
            var first = blocks.Count;
            foreach (var child in custom) Add(blocks, child, nested);
            if (level is not null)
                for (var i = first; i < blocks.Count; i++) blocks[i] = Markings.Mark(blocks[i], level);
            return;
        }
        // `::: change {kind=""}` (an item that did not change) is no container either: its blocks take its place.
        if (IsUnchanged(block, out var unchanged))
        {
            foreach (var child in unchanged) Add(blocks, child, nested);
            return;
        }
        if (ConvertOne(block) is not { } converted) return;
        blocks.Add(converted);
        // Only the document's own blocks are looked up (the layout names the one a page cannot hold).
        if (!nested) Origins.Add(context.Origin?.Invoke(block.Span.Start, block.Line));
    }

    private Block? ConvertOne(Markdig.Syntax.Block block) => block switch
    {
        HeadingBlock heading => ConvertHeading(heading),
        ParagraphBlock paragraph => ImageConverter.StandaloneImage(paragraph) is { } image
            ? ImageConverter.Convert(image, context)
            : new Paragraph(InlineConverter.Convert(paragraph.Inline, context)),
        Markdig.Syntax.ListBlock list => ConvertList(list),
        QuoteBlock quote => new Quote(Convert(quote)),
        MdTable table => ConvertTable(table),
        CustomContainer custom => ConvertContainer(custom),
        ThematicBreakBlock => new ThematicBreak(),
        FencedCodeBlock fenced => new Model.CodeBlock(fenced.Lines.ToString(), string.IsNullOrEmpty(fenced.Info) ? null : fenced.Info),
        Markdig.Syntax.CodeBlock code => new Model.CodeBlock(code.Lines.ToString(), null),
        LinkReferenceDefinitionGroup => null,
        BlankLineBlock => null,
        HtmlBlock html => throw new MarkupError(ErrorCodes.MarkupRawHtml,
            $"raw HTML is not allowed in the markup: '{FirstLine(html)}'; escape the value or drop the tag", html.Span.Start, html.Line),
        Markdig.Extensions.Footnotes.FootnoteGroup group => ConvertFootnotes(group),
        _ => throw new MarkupError(ErrorCodes.MarkupUnsupported,
            $"the markup uses a block the document model cannot express ({block.GetType().Name})", block.Span.Start, block.Line),
    };

    private Heading ConvertHeading(HeadingBlock heading)
    {
        var content = InlineConverter.Convert(heading.Inline, context);
        var requested = heading.TryGetAttributes()?.Id;
        var anchor = requested ?? Text.Slug.From(InlineText.Plain(content));
        if (requested is null)
        {
            var unique = anchor;
            for (var n = 2; _anchors.Contains(unique); n++) unique = $"{anchor}-{n}";
            anchor = unique;
        }
        _anchors.Add(anchor);
        return new Heading(heading.Level, content, anchor);
    }

    private Model.ListBlock ConvertList(Markdig.Syntax.ListBlock list)
    {
        var start = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 1;
        var items = list.OfType<ListItemBlock>().Select(item => new ListItem(Convert(item))).ToList();
        return new Model.ListBlock(list.IsOrdered, start, items);
    }

    private Block ConvertContainer(CustomContainer container)
    {
        var name = (container.Info ?? "").Trim();
        var attributes = container.TryGetAttributes();
        return name switch
        {
            "callout" => new Callout(Attribute(attributes, "title"), Convert(container)),
            "keep" => new KeepTogether(Convert(container)),
            "pagebreak" => new PageBreak(),
            "toc" => new TableOfContents(Attribute(attributes, "title"), TocDepth(container, Attribute(attributes, "depth"))),
            "change" => ConvertChange(container, Attribute(attributes, "kind")),
            "chart" => ChartConverter.Convert(container, cell => InlineText.Plain(ConvertCell(cell).Content), context.Origin),
            _ => throw new MarkupError(ErrorCodes.MarkupUnknownContainer,
                $"unknown container '::: {name}'; the dialect has callout, change, chart, keep, pagebreak and toc", container.Span.Start, container.Line),
        };
    }

    private static bool IsUnchanged(Markdig.Syntax.Block block, out CustomContainer container)
    {
        container = (block as CustomContainer)!;
        return container is not null && (container.Info ?? "").Trim() == "change" && Attribute(container.TryGetAttributes(), "kind") == "";
    }

    private Change ConvertChange(CustomContainer container, string? kind)
    {
        var parsed = kind switch
        {
            "added" => ChangeKind.Added,
            "updated" => ChangeKind.Updated,
            "removed" => ChangeKind.Removed,
            _ => throw new MarkupError(ErrorCodes.ChangeContainerInvalid, kind is null
                    ? "'::: change' needs a kind: ::: change {kind=\"added\"} (added, updated or removed)"
                    : $"kind=\"{kind}\" is not a kind of change; use added, updated or removed", container.Span.Start, container.Line),
        };
        // A change inside a change has no meaning for a reader (added inside removed?) nor in Word's revisions.
        if (_inChange)
            throw new MarkupError(ErrorCodes.ChangeContainerInvalid, "a '::: change' sits inside another; mark each changed item once",
                container.Span.Start, container.Line);
        _inChange = true;
        try
        {
            return new Change(parsed, Convert(container));
        }
        finally
        {
            _inChange = false;
        }
    }

    private Block? ConvertFootnotes(Markdig.Extensions.Footnotes.FootnoteGroup group)
    {
        foreach (var footnote in group.OfType<Markdig.Extensions.Footnotes.Footnote>())
        {
            var label = (footnote.Label ?? footnote.Order.ToString(CultureInfo.InvariantCulture)).TrimStart('^');
            if (!context.FootnoteNumbers.TryGetValue(label, out var number)) continue; // defined but never cited
            context.CurrentFootnote = label;
            context.Footnotes.Add(new Footnote(label, number, Convert(footnote)));
            context.CurrentFootnote = null;
        }
        return null;
    }

    private static int TocDepth(CustomContainer container, string? value)
    {
        if (value is null) return 3;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var depth) && depth is >= 1 and <= 6) return depth;
        throw new MarkupError(ErrorCodes.MarkupBadAttribute, $"depth=\"{value}\" must be a number from 1 to 6", container.Span.Start, container.Line);
    }

    private Model.Table ConvertTable(MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columnCount = Math.Max(table.ColumnDefinitions.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Count));
        var attributes = table.TryGetAttributes();
        var widths = ColumnWidths.Parse(Attribute(attributes, "widths"), columnCount, table);

        var columns = Enumerable.Range(0, columnCount).Select(i =>
        {
            var align = i < table.ColumnDefinitions.Count ? table.ColumnDefinitions[i].Alignment : null;
            var alignment = align switch
            {
                Markdig.Extensions.Tables.TableColumnAlign.Center => CellAlignment.Center,
                Markdig.Extensions.Tables.TableColumnAlign.Right => CellAlignment.Right,
                _ => CellAlignment.Left,
            };
            return new TableColumn(alignment, widths[i]);
        }).ToList();

        var headerCount = rows.TakeWhile(r => r.IsHeader).Count();
        var modelRows = rows.Select(row =>
        {
            var cells = row.OfType<MdTableCell>().Select(ConvertCell).ToList();
            while (cells.Count < columnCount) cells.Add(new Model.TableCell([]));
            return new Model.TableRow(cells);
        }).ToList();
        return new Model.Table(columns, modelRows, headerCount, Attribute(attributes, "caption"));
    }

    private Model.TableCell ConvertCell(MdTableCell cell)
    {
        var inlines = new List<Model.Inline>();
        foreach (var block in cell)
        {
            if (block is ParagraphBlock paragraph)
            {
                if (inlines.Count > 0) inlines.Add(new LineBreak());
                inlines.AddRange(InlineConverter.Convert(paragraph.Inline, context));
            }
            else
            {
                throw new MarkupError(ErrorCodes.MarkupUnsupported, $"a table cell may hold only text ({block.GetType().Name})", block.Span.Start, block.Line);
            }
        }
        return new Model.TableCell(inlines);
    }

    internal static string? Attribute(HtmlAttributes? attributes, string name) =>
        attributes?.Properties?.FirstOrDefault(p => p.Key == name).Value is { } value ? System.Net.WebUtility.HtmlDecode(value) : null;

    private static string FirstLine(HtmlBlock html)
    {
        var text = html.Lines.ToString();
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
