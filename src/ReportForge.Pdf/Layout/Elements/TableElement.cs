using ReportForge.Model;
using ReportForge.Pdf.Canvas;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>One row of a table element: a text block per cell.</summary>
public sealed record TableRowCells(IReadOnlyList<TextBlockElement> Cells, bool IsHeader);

/// <summary>How a table looks.</summary>
public sealed record TableStyle(double CellPadding, Rgb Border, Rgb HeaderBackground, Rgb? ZebraBackground, double BorderWidth = 0.6, double TitleGap = 3);

/// <summary>
/// A table. Column widths come from fixed and percent widths, the rest from content. The header rows
/// repeat on every page; a row moves whole to the next page, and splits only when taller than a page.
/// The caption stands above the first part and goes with it; on pages after the first, a continuation line
/// (such as "Talks (continued)") stands above the repeated header. A table never starts at the foot of a
/// page with a single row.
/// Tagged, it is one Table over all its pages (Caption, THead, TBody, rows of TH and TD cells): the repeated header
/// rows and the continuation line are pagination artifacts, which a reader skips.
/// The state is the next body row (a split row keeps its own state in its cells).
/// </summary>
public sealed class TableElement(IReadOnlyList<ColumnWidth> columns, IReadOnlyList<TableRowCells> header, IReadOnlyList<TableRowCells> body, TableStyle style,
    TextBlockElement? caption = null, TextBlockElement? continued = null) : Element
{

    private int _nextRow;
    private bool _headerOnlyDrawn;
    private double[]? _widths;
    private double _widthsFor = double.NaN;
    private MeasureMemo<(SpacePlan Plan, int FullRows, bool SplitRow)> _planned;
    private bool _widthsTold;
    // The structure elements that go on over the pages (ICanvas.ContinueStructure); a row split over a page break
    // goes on as the same row and cells.
    private bool _started;
    private int _tableKey = -1;
    private int _bodyKey = -1;
    private (int Row, int Key, int[] Cells) _splitRow = (-1, -1, []);

    /// <summary>
    /// Told the column widths (points) when the table is first drawn: the widths it shows, which the Word document repeats.
    /// </summary>
    public Action<IReadOnlyList<double>>? ColumnsLaidOut { get; init; }

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        _started = false;
        _tableKey = _bodyKey = -1;
        _splitRow = (-1, -1, []);
        caption?.Attach(context);
        continued?.Attach(context);
        foreach (var row in header.Concat(body))
        {
            foreach (var cell in row.Cells) cell.Attach(context);
        }
    }

    /// <summary>The column widths for a table width.</summary>
    public IReadOnlyList<double> ColumnWidthsFor(double width)
    {
        if (_widths is null || Math.Abs(_widthsFor - width) > 0.001)
        {
            _widths = TableColumnSizer.Size(columns, header.Concat(body).ToList(), width, style.CellPadding);
            _widthsFor = width;
        }
        return _widths;
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available).Plan;

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var (plan, fullRows, splitRow) = Plan(available);
        _planned.Forget();
        if (!plan.DrawsSomething) return;
        var widths = ColumnWidthsFor(available.Width);
        if (!_widthsTold && ColumnsLaidOut is { } tell)
        {
            _widthsTold = true;
            tell(widths.ToArray());
        }
        var canvas = Context.Canvas;
        var first = !_started;
        _started = true;
        _tableKey = canvas.ContinueStructure(_tableKey, StructureKind.Table);
        var top = 0.0;
        if (TitleLine is { } title)
        {
            title.Rewind();
            top = title.Measure(new Size(available.Width, available.Height)).Height + style.TitleGap;
            if (first) canvas.BeginStructure(StructureKind.Caption);
            else canvas.BeginArtifact(ArtifactKind.Pagination);
            title.Draw(new Size(available.Width, available.Height));
            if (first) canvas.EndStructure();
            else canvas.EndArtifact();
            canvas.Translate(0, top);
        }

        var y = 0.0;
        if (header.Count > 0)
        {
            if (first) canvas.BeginStructure(StructureKind.TableHead);
            else canvas.BeginArtifact(ArtifactKind.Pagination);
            foreach (var row in header)
            {
                foreach (var cell in row.Cells) cell.Rewind();
                y += DrawRow(row, widths, y, double.MaxValue, zebra: false);
            }
            if (first) canvas.EndStructure();
            else canvas.EndArtifact();
        }
        if (fullRows > 0 || splitRow)
        {
            _bodyKey = canvas.ContinueStructure(_bodyKey, StructureKind.TableBody);
            for (var i = 0; i < fullRows; i++)
                y += DrawRow(body[_nextRow + i], widths, y, double.MaxValue, zebra: (_nextRow + i) % 2 == 1, _nextRow + i);
            if (splitRow)
                y += DrawRow(body[_nextRow + fullRows], widths, y, available.Height - top - y, zebra: (_nextRow + fullRows) % 2 == 1, _nextRow + fullRows);
            canvas.EndStructure();
        }

        // Outer border and column rules over the whole part drawn on this page.
        var total = widths.Sum();
        canvas.FillRectangle(0, 0, style.BorderWidth, y, style.Border);
        canvas.FillRectangle(total - style.BorderWidth, 0, style.BorderWidth, y, style.Border);
        var x = 0.0;
        for (var c = 0; c < widths.Count - 1; c++)
        {
            x += widths[c];
            canvas.FillRectangle(x - style.BorderWidth / 2, 0, style.BorderWidth, y, style.Border);
        }
        canvas.FillRectangle(0, 0, total, style.BorderWidth, style.Border);
        canvas.FillRectangle(0, y - style.BorderWidth, total, style.BorderWidth, style.Border);
        canvas.EndStructure();
        canvas.Translate(0, -top);

        _nextRow += fullRows;
        if (body.Count == 0) _headerOnlyDrawn = true;
    }

    private TextBlockElement? TitleLine => _nextRow > 0 ? continued : caption;

    private (SpacePlan Plan, int FullRows, bool SplitRow) Plan(Size available) =>
        _planned.Answer(Context, available, this, static (self, offered) => self.PlanAnew(offered));

    private (SpacePlan Plan, int FullRows, bool SplitRow) PlanAnew(Size available)
    {
        if (_nextRow >= body.Count && (body.Count > 0 || _headerOnlyDrawn)) return (SpacePlan.Empty, 0, false);
        foreach (var row in header)
        {
            foreach (var cell in row.Cells) cell.Rewind();
        }
        var widths = ColumnWidthsFor(available.Width);
        var used = header.Sum(r => RowHeight(r, widths, double.MaxValue).Height);
        if (TitleLine is { } title)
        {
            title.Rewind();
            used += title.Measure(new Size(available.Width, double.MaxValue / 4)).Height + style.TitleGap;
        }
        if (used > available.Height + 0.01)
        {
            var what = TitleLine is null ? "header" : "header with its title line";
            return (SpacePlan.WrapBecause($"the table's {what} ({LayoutContext.Points(used)}) {Context.TooTall(used, available)}"), 0, false);
        }
        if (body.Count == 0) return (SpacePlan.Full(widths.Sum(), used), 0, false);

        var count = 0;
        var footnotes = 0.0;
        string? whyNot = null;
        for (var i = _nextRow; i < body.Count; i++)
        {
            var (height, fits, rowFootnotes) = RowHeight(body[i], widths, available.Height - used - footnotes, footnotes > 0);
            if (fits && used + height + footnotes + rowFootnotes <= available.Height + 0.01)
            {
                used += height;
                footnotes += rowFootnotes;
                count++;
                continue;
            }

            // Split a row only when it could not fit even on a page of its own.
            var whole = RowHeight(body[i], widths, double.MaxValue).Height;
            var headerHeight = header.Sum(r => RowHeight(r, widths, double.MaxValue).Height);
            // Only when some cell has a line to show here: a row of nothing but padding would go on page after page.
            if (whole > Context.ContentArea.Height - headerHeight && height > 2 * VerticalPadding + 0.01)
                return (SpacePlan.Partial(widths.Sum(), used + height) with { FootnoteHeight = footnotes + rowFootnotes }, count, true);
            if (count == 0) whyNot = WhyRowDoesNotFit(i, whole, headerHeight, rowFootnotes, available);
            break;
        }

        if (count == 0) return (SpacePlan.WrapBecause(whyNot), 0, false);
        // Like a paragraph's first line: a table does not start at the foot of a page with a single row.
        // (Only low on a page: on a fresh one the single row may be all that fits.)
        if (_nextRow == 0 && count == 1 && body.Count > 2 && available.Height < Context.ContentArea.Height / 2)
            return (SpacePlan.WrapBecause("a table does not start at the foot of a page with a single row"), 0, false);
        var kind = _nextRow + count == body.Count ? SpacePlanKind.Full : SpacePlanKind.Partial;
        return (new SpacePlan(kind, widths.Sum(), used) { FootnoteHeight = footnotes }, count, false);
    }

    // Body rows are counted from 1, below the header.
    private string WhyRowDoesNotFit(int row, double whole, double headerHeight, double rowFootnotes, Size available)
    {
        if (whole > Context.ContentArea.Height - headerHeight)
            return $"the table's body row {row + 1} is taller than a page, and no line of it fits under the header";
        var with = rowFootnotes > 0 ? " with the footnotes it cites" : "";
        return $"the table's body row {row + 1} ({LayoutContext.Points(whole)}){with} does not fit under the header in {LayoutContext.Left(available)}";
    }

    // Word and LibreOffice count the rule between rows into the rows' heights: half of it above a cell's padding, half below.
    private double VerticalPadding => style.CellPadding + style.BorderWidth / 2;

    private (double Height, bool Fits, double Footnotes) RowHeight(TableRowCells row, IReadOnlyList<double> widths, double availableHeight,
        bool footnotesAbove = false)
    {
        var pad = style.CellPadding;
        var inner = availableHeight == double.MaxValue ? double.MaxValue / 4 : Math.Max(0, availableHeight - 2 * VerticalPadding);
        var height = 0.0;
        var footnotes = 0.0;
        var fits = true;
        for (var c = 0; c < row.Cells.Count && c < widths.Count; c++)
        {
            var cell = row.Cells[c];
            SpacePlan plan;
            using (Context.Footnotes.ReservedAbove(footnotesAbove || footnotes > 0)) plan = cell.Measure(new Size(Math.Max(1, widths[c] - 2 * pad), inner));
            if (plan.Kind is SpacePlanKind.Wrap or SpacePlanKind.Partial) fits = false;
            height = Math.Max(height, plan.Height);
            footnotes += plan.FootnoteHeight;
        }
        return (height + 2 * VerticalPadding, fits, footnotes);
    }

    // A body row (its index given) that does not end on this page goes on as the same TR and cells on the next.
    private double DrawRow(TableRowCells row, IReadOnlyList<double> widths, double top, double availableHeight, bool zebra, int index = -1)
    {
        var canvas = Context.Canvas;
        var pad = style.CellPadding;
        var (height, _, _) = RowHeight(row, widths, availableHeight);
        if (availableHeight != double.MaxValue) height = Math.Min(height, availableHeight);

        var total = widths.Sum();
        if (row.IsHeader) canvas.FillRectangle(0, top, total, height, style.HeaderBackground);
        else if (zebra && style.ZebraBackground is { } z) canvas.FillRectangle(0, top, total, height, z);
        if (top > 0) canvas.FillRectangle(0, top - style.BorderWidth / 2, total, style.BorderWidth, style.Border);

        var goesOn = index >= 0 && _splitRow.Row == index;
        var keys = goesOn ? _splitRow.Cells : Enumerable.Repeat(-1, widths.Count).ToArray();
        var rowKey = canvas.ContinueStructure(goesOn ? _splitRow.Key : -1, StructureKind.TableRow);
        var x = 0.0;
        for (var c = 0; c < widths.Count; c++)
        {
            keys[c] = canvas.ContinueStructure(keys[c], row.IsHeader ? StructureKind.TableHeaderCell : StructureKind.TableCell);
            if (c < row.Cells.Count)
            {
                canvas.Translate(x + pad, top + VerticalPadding);
                row.Cells[c].Draw(new Size(Math.Max(1, widths[c] - 2 * pad),
                    availableHeight == double.MaxValue ? double.MaxValue / 4 : Math.Max(0, availableHeight - 2 * VerticalPadding)));
                canvas.Translate(-(x + pad), -(top + VerticalPadding));
            }
            canvas.EndStructure();
            x += widths[c];
        }
        canvas.EndStructure();
        if (index >= 0) _splitRow = (index, rowKey, keys);
        return height;
    }
}
