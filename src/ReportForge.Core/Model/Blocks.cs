namespace ReportForge.Model;

/// <summary>A block of the document model. The set is closed: every writer handles each kind.</summary>
public abstract record Block
{
    // Only this assembly derives from it, so the writers' switches over the kinds are complete.
    private protected Block()
    {
    }

    // A record that is not sealed keeps a protected copy constructor an outside type could chain to; a kind must also
    // override this, which only this assembly can.
    internal abstract void OnlyTheModelDerives();
}

/// <summary>A heading, level 1 to 6, with the anchor other parts link to.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, string Anchor) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A paragraph of running text.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Content) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A bulleted or numbered list; numbering restarts at <paramref name="Start"/>.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>One item of a list; may hold nested lists.</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks);

/// <summary>A block quotation.</summary>
public sealed record Quote(IReadOnlyList<Block> Blocks) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A boxed aside with an optional title.</summary>
public sealed record Callout(string? Title, IReadOnlyList<Block> Blocks) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>Blocks kept together on one page where they fit.</summary>
public sealed record KeepTogether(IReadOnlyList<Block> Blocks) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>Preformatted text in the mono font.</summary>
public sealed record CodeBlock(string Text, string? Language) : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A horizontal rule.</summary>
public sealed record ThematicBreak : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>Starts a new page.</summary>
public sealed record PageBreak : Block
{
    internal override void OnlyTheModelDerives() { }
}

/// <summary>A table with optional header rows and caption.</summary>
public sealed record Table(
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    int HeaderRowCount,
    string? Caption) : Block
{
    internal override void OnlyTheModelDerives() { }

    /// <summary>The rows that repeat on each page.</summary>
    public IEnumerable<TableRow> HeaderRows => Rows.Take(HeaderRowCount);

    /// <summary>The rows below the header.</summary>
    public IEnumerable<TableRow> BodyRows => Rows.Skip(HeaderRowCount);
}

/// <summary>How a column aligns its cells and how wide it is.</summary>
public sealed record TableColumn(CellAlignment Alignment, ColumnWidth Width);

/// <summary>Horizontal alignment of a table column.</summary>
public enum CellAlignment
{
    /// <summary>Start of the line.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>End of the line.</summary>
    Right,
}

/// <summary>A column's width: from content (auto), a share of the table in percent, or fixed points.</summary>
public readonly record struct ColumnWidth(ColumnWidthKind Kind, double Value)
{
    /// <summary>Width from content.</summary>
    public static ColumnWidth Auto => new(ColumnWidthKind.Auto, 0);
}

/// <summary>Kinds of column width.</summary>
public enum ColumnWidthKind
{
    /// <summary>From the content.</summary>
    Auto,
    /// <summary>Percent of the table width.</summary>
    Percent,
    /// <summary>Points.</summary>
    Fixed,
}

/// <summary>A table row.</summary>
public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A table cell of inline content.</summary>
public sealed record TableCell(IReadOnlyList<Inline> Content);

/// <summary>A picture on its own line: PNG or JPEG bytes, alt text, optional caption and width.</summary>
public sealed record Image(ImageData Data, string AltText, string? Caption, ColumnWidth Width) : Block
{
    /// <summary>
    /// Where the image came from (the template line behind its markup, and the markup line), for errors the PDF writer
    /// finds in it (transparency under PDF/A-1, no alternative text under PDF/UA-1); null when not made from markup.
    /// </summary>
    public BlockOrigin? Origin { get; init; }

    internal override void OnlyTheModelDerives() { }
}

/// <summary>A table of contents listing the headings down to <paramref name="MaxLevel"/>; a null title takes the theme's wording.</summary>
public sealed record TableOfContents(string? Title, int MaxLevel) : Block
{
    internal override void OnlyTheModelDerives() { }
}

// Issue 21 (revisions): the change container.

/// <summary>
/// Blocks changed since the previous edition. The PDF draws a change bar beside added and updated ones and leaves
/// removed ones out (it shows the accepted state); Word writes them as usual (removed left out), or as revisions under
/// <c>--track-changes</c>.
/// </summary>
public sealed record Change(ChangeKind Kind, IReadOnlyList<Block> Blocks) : Block
{
    internal override void OnlyTheModelDerives() { }

    /// <summary>The blocks a reader sees once the changes are accepted: none of a removed change.</summary>
    public IReadOnlyList<Block> Accepted => Kind == ChangeKind.Removed ? [] : Blocks;
}

/// <summary>What a <see cref="Change"/> did.</summary>
public enum ChangeKind
{
    /// <summary>New since the previous edition.</summary>
    Added,
    /// <summary>Changed since the previous edition.</summary>
    Updated,
    /// <summary>Gone since the previous edition.</summary>
    Removed,
}
