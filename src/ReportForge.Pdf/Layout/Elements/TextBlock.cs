using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout.Text;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Horizontal alignment of text lines.</summary>
public enum TextAlignment
{
    /// <summary>Ragged right.</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Ragged left.</summary>
    Right,
    /// <summary>Both edges straight, but the last line.</summary>
    Justify,
}

/// <summary>
/// A paragraph of styled text. Lines are broken once per width; the state is the next line to draw.
/// No single line of a paragraph is left alone at the foot or the top of a page (orphans and widows).
/// A line that cites footnotes fits only with room for them at the foot of the page (or, when the room
/// left is too small for all of a footnote, for its start: the rest continues on the next page).
/// </summary>
public sealed class TextBlock(IReadOnlyList<TextSpan> spans, TextAlignment alignment, double lineHeight) : Element
{
    private List<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private int _next;

    /// <summary>The spans, as given.</summary>
    public IReadOnlyList<TextSpan> Spans { get; } = spans;

    /// <summary>Lines drawn so far.</summary>
    public int LinesDrawn => _next;

    /// <summary>Starts over from the first line (a table header drawn again on each page).</summary>
    public void Rewind() => _next = 0;

    /// <summary>The lines for a width.</summary>
    public IReadOnlyList<TextLine> Lines(double width)
    {
        if (_lines is null || Math.Abs(_linesWidth - width) > 0.001)
        {
            List<TextLine> Break() => LineBreaker.Break(Context.Fonts.Apply(Spans), width, Context.Measurer, lineHeight);
            _lines = Context.Lines is { } cache ? cache.Get(Spans, width, lineHeight, Break) : Break();
            _linesWidth = width;
        }
        return _lines;
    }

    /// <summary>The width of the widest unbreakable piece and of the whole text on one line.</summary>
    public (double Min, double Max) IntrinsicWidths()
    {
        var max = Lines(double.MaxValue / 4).Max(l => l.Width);
        var min = Lines(0.001).Max(l => l.Width);
        _lines = null;
        return (min, max);
    }

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        var (count, height, footnotes) = Fit(available);
        var lines = Lines(available.Width);
        var remaining = lines.Count - _next;
        if (remaining <= 0) return SpacePlan.Empty;
        var width = lines.Skip(_next).Take(Math.Max(count, 1)).Max(l => l.Width);
        if (count == 0) return SpacePlan.Wrap;
        var plan = count == remaining ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
        return plan with { FootnoteHeight = footnotes };
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var (count, _, _) = Fit(available);
        var lines = Lines(available.Width);
        var y = 0.0;
        var canvas = Context.Canvas;
        for (var i = _next; i < _next + count; i++)
        {
            DrawLine(canvas, lines[i], available.Width, y);
            y += lines[i].Height;
            foreach (var number in lines[i].Footnotes) Context.Footnotes.Cite(number);
        }
        _next += count;
    }

    private (int Count, double Height, double Footnotes) Fit(Size available)
    {
        var lines = Lines(available.Width);
        var remaining = lines.Count - _next;
        var count = 0;
        var height = 0.0;
        var footnotes = 0.0;
        var reserved = new HashSet<int>();
        while (count < remaining)
        {
            var line = lines[_next + count];
            var need = line.Footnotes.Count == 0 ? 0 : Context.Footnotes.Reserve(line.Footnotes, reserved);
            if (height + line.Height + footnotes + need <= available.Height + 0.01)
            {
                height += line.Height;
                footnotes += need;
                count++;
                continue;
            }
            // Room for the line and the start of its footnote: take it, the footnote continues overleaf.
            var room = available.Height - height - line.Height - footnotes;
            if (need > 0 && room >= FootnoteArea.MinimumStart + FootnoteArea.SeparatorHeight)
            {
                height += line.Height;
                footnotes += room;
                count++;
            }
            break;
        }

        if (count < remaining)
        {
            // A widow: the last line alone at the top of the next page. Carry one more line over.
            if (remaining - count == 1 && count >= 2) count--;
            // An orphan: the first line alone at the foot of this page. Move the paragraph.
            if (_next == 0 && count == 1 && remaining > 1) count = 0;
            var kept = lines.Skip(_next).Take(count).ToList();
            height = kept.Sum(l => l.Height);
            var wanted = Context.Footnotes.Reserve(kept.SelectMany(l => l.Footnotes), new HashSet<int>());
            footnotes = Math.Min(wanted, Math.Max(0, available.Height - height));
        }
        return (count, height, footnotes);
    }

    private void DrawLine(ICanvas canvas, TextLine line, double width, double top)
    {
        var spaces = line.Fragments.Count(f => f.IsSpace);
        var slack = Math.Max(0, width - line.Width);
        var (offset, extraPerSpace) = alignment switch
        {
            TextAlignment.Center => (slack / 2, 0.0),
            TextAlignment.Right => (slack, 0.0),
            TextAlignment.Justify when !line.IsLast && !line.EndsWithForcedBreak && spaces > 0 => (0.0, slack / spaces),
            _ => (0.0, 0.0),
        };

        var x = offset;
        var baseline = top + line.Baseline;
        foreach (var fragment in line.Fragments)
        {
            var w = fragment.Width + (fragment.IsSpace ? extraPerSpace : 0);
            var tagAsLink = fragment.Link is not null && !fragment.IsSpace;
            if (tagAsLink) canvas.BeginLink(x, top, w, line.Height, fragment.Link!, fragment.Text);
            else if (fragment.Link is not null) canvas.AddLink(x, top, w, line.Height, fragment.Link);
            if (!fragment.IsSpace) canvas.DrawText(fragment.Text, fragment.Face, fragment.Color, x, baseline - fragment.Rise);
            if (fragment.Underline && !fragment.IsSpace)
                canvas.DrawLine(x, baseline + fragment.Face.Size * 0.12, x + w, baseline + fragment.Face.Size * 0.12, fragment.Face.Size * 0.06, fragment.Color);
            if (tagAsLink) canvas.EndLink();
            x += w;
        }
    }
}
