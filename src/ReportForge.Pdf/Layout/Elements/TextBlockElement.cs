using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Text;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Horizontal alignment of text lines.</summary>
public enum TextAlignment
{
    /// <summary>Ragged right; ragged left for a right-to-left paragraph (see <see cref="TextBlockElement.FollowsDirection"/>).</summary>
    Left,
    /// <summary>Centred.</summary>
    Center,
    /// <summary>Ragged left.</summary>
    Right,
    /// <summary>Both edges straight, but the last line (set like Left).</summary>
    Justify,
}

/// <summary>
/// A paragraph of styled text. Lines are broken once per width; the state is the next line to draw.
/// No single line of a paragraph is left alone at the foot or the top of a page (orphans and widows).
/// A line that cites footnotes fits only with room for them at the foot of the page (or, when the room
/// left is too small for all of a footnote, for its start: the rest continues on the next page).
/// Arabic letters are joined before the text is measured; lines holding right-to-left text are drawn as they are
/// seen, their fragments in reading order.
/// Once its last line is drawn the block lets its lines go, unless it is drawn again on each page.
/// </summary>
public sealed class TextBlockElement(IReadOnlyList<TextSpan> spans, TextAlignment alignment, double lineHeight) : Element
{
    private List<TextLine>? _lines;
    private double _linesWidth = double.NaN;
    private int _next;
    private bool _finished;
    private bool _drawnAgain;
    private MeasureMemo<(int Count, double Height, double Footnotes)> _fitted;

    /// <summary>The spans, as given.</summary>
    public IReadOnlyList<TextSpan> Spans { get; } = spans;

    /// <summary>
    /// Whether Left alignment (and the last line of Justify) means the start of the line: the right edge for a
    /// paragraph that runs right to left. False keeps such lines at the left (a contents entry, whose leaders run
    /// from the end of its title).
    /// </summary>
    public bool FollowsDirection { get; init; } = true;

    /// <summary>Lines drawn so far.</summary>
    public int LinesDrawn => _next;

    /// <summary>Starts over from the first line (a table header drawn again on each page): such a block keeps its lines.</summary>
    public void Rewind()
    {
        _next = 0;
        _finished = false;
        _drawnAgain = true;
        _fitted.Forget();
    }

    /// <summary>The lines for a width.</summary>
    public IReadOnlyList<TextLine> Lines(double width)
    {
        if (_lines is null || Math.Abs(_linesWidth - width) > 0.001)
        {
            var justify = alignment == TextAlignment.Justify;
            List<TextLine> Break() => LineBreaker.Break(LaidOutSpans(), width, Context.Measurer, lineHeight, justify: justify);
            _lines = Context.Lines is { } cache ? cache.Get(Spans, width, lineHeight, Break, justify) : Break();
            _linesWidth = width;
        }
        return _lines;
    }

    /// <summary>The width of the widest piece no line breaks inside (the longest word) and of the whole text on one line.</summary>
    public (double Min, double Max) IntrinsicWidths()
    {
        var max = Lines(double.MaxValue / 4).Max(l => l.Width);
        // A column is as wide as its longest word, as without hyphenation: hyphenation fills lines, it does not narrow tables.
        var min = LineBreaker.WidestUnbreakable(LaidOutSpans().Select(s => s.Hyphenator is null ? s : s with { Hyphenator = null }).ToList(),
            Context.Measurer);
        _lines = null;
        return (min, max);
    }

    // The spans as they are measured: Arabic letters joined, each character in a font that has it.
    private IReadOnlyList<TextSpan> LaidOutSpans() => Context.Fonts.Apply(ArabicShaper.Shape(Spans));

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_finished) return SpacePlan.Empty;
        var (count, height, footnotes) = Fit(available);
        var lines = Lines(available.Width);
        var remaining = lines.Count - _next;
        if (remaining <= 0) return SpacePlan.Empty;
        var width = 0.0;
        for (var i = _next; i < _next + Math.Max(count, 1); i++) width = Math.Max(width, lines[i].Width);
        if (count == 0) return SpacePlan.WrapBecause(WhyNothingFits(lines[_next], available));
        var plan = count == remaining ? SpacePlan.Full(width, height) : SpacePlan.Partial(width, height);
        return plan with { FootnoteHeight = footnotes };
    }

    private string WhyNothingFits(TextLine first, Size available)
    {
        if (first.Height > available.Height + 0.01) return $"a line of text ({LayoutContext.Points(first.Height)}) {Context.TooTall(first.Height, available)}";
        if (first.Footnotes.Count > 0) return $"a line of text and the footnotes it cites do not fit in {LayoutContext.Left(available)}";
        return "the paragraph's first line would stand alone at the foot of the page";
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        if (_finished) return;
        var (count, _, _) = Fit(available);
        _fitted.Forget();
        var lines = Lines(available.Width);
        var y = 0.0;
        var canvas = Context.Canvas;
        var draws = canvas.Draws;
        for (var i = _next; i < _next + count; i++)
        {
            if (draws) DrawLine(canvas, lines[i], available.Width, y);
            y += lines[i].Height;
            foreach (var number in lines[i].Footnotes) Context.Footnotes.Cite(number);
        }
        _next += count;
        if (_next >= lines.Count && !_drawnAgain)
        {
            _finished = true;
            _lines = null;
        }
    }

    private (int Count, double Height, double Footnotes) Fit(Size available) =>
        _fitted.Answer(Context, available, this, static (self, offered) => self.FitAnew(offered));

    private (int Count, double Height, double Footnotes) FitAnew(Size available)
    {
        var lines = Lines(available.Width);
        var remaining = lines.Count - _next;
        var count = 0;
        var height = 0.0;
        var footnotes = 0.0;
        HashSet<int>? reserved = null;
        while (count < remaining)
        {
            var line = lines[_next + count];
            var need = line.Footnotes.Count == 0 ? 0 : Context.Footnotes.Reserve(line.Footnotes, reserved ??= []);
            if (height + line.Height + footnotes + need <= available.Height + 0.01)
            {
                height += line.Height;
                footnotes += need;
                count++;
                continue;
            }
            // Room for the line and the start of its footnote: take it, the footnote continues overleaf. The rule above
            // the footnotes needs room only if nothing on the page paid for it yet (as LibreOffice starts a note).
            var room = available.Height - height - line.Height - footnotes;
            var rule = footnotes > 0 || Context.Footnotes.RuleCounted ? 0 : Context.Footnotes.SeparatorHeight;
            if (need > 0 && room >= FootnoteArea.MinimumStart + rule)
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
            height = 0;
            var anyFootnotes = false;
            for (var i = _next; i < _next + count; i++)
            {
                height += lines[i].Height;
                anyFootnotes |= lines[i].Footnotes.Count > 0;
            }
            var wanted = anyFootnotes
                ? Context.Footnotes.Reserve(Enumerable.Range(_next, count).SelectMany(i => lines[i].Footnotes), new HashSet<int>())
                : 0;
            footnotes = Math.Min(wanted, Math.Max(0, available.Height - height));
        }
        return (count, height, footnotes);
    }

    private void DrawLine(ICanvas canvas, TextLine line, double width, double top)
    {
        var fragments = line.Fragments;
        var spaces = 0;
        foreach (var fragment in fragments)
        {
            if (fragment.IsSpace) spaces++;
        }
        var slack = Math.Max(0, width - line.Width);
        var fromRight = line.IsRightToLeft && FollowsDirection;
        var (offset, extraPerSpace) = alignment switch
        {
            TextAlignment.Center => (slack / 2, 0.0),
            TextAlignment.Right => (slack, 0.0),
            TextAlignment.Justify when !line.IsLast && !line.EndsWithForcedBreak && spaces > 0 => (0.0, slack / spaces),
            _ when fromRight => (slack, 0.0),
            _ => (0.0, 0.0),
        };
        if (line.ReadingOrder is { } readingOrder)
        {
            DrawInReadingOrder(canvas, line, readingOrder, offset, extraPerSpace, top);
            return;
        }

        var perLetter = 0.0;
        if (extraPerSpace > 0) (extraPerSpace, perLetter) = Spread(fragments, slack, spaces);

        var x = offset;
        for (var i = 0; i < fragments.Count;)
        {
            var first = fragments[i];
            var end = i + 1;
            // Unless spaces are stretched, words and the spaces between them in one style are one string: a
            // line is drawn (and a link tagged) in a few pieces instead of word by word. PDFsharp advances by
            // the same widths the line was measured with, so every glyph lands where it did before.
            if (extraPerSpace == 0 && !first.IsSpace)
            {
                while (end < fragments.Count && SameStyle(first, fragments[end])) end++;
                while (fragments[end - 1].IsSpace) end--;
            }
            var w = 0.0;
            for (var k = i; k < end; k++) w += fragments[k].Width + (fragments[k].IsSpace ? extraPerSpace : 0);
            var text = end == i + 1 ? first.Text : Join(fragments, i, end);
            if (perLetter > 0 && !first.IsSpace)
            {
                var spaced = TakesLetterSpacing(first);
                canvas.SetLetterSpacing(spaced ? perLetter : 0);
                if (spaced) w += perLetter * first.Text.Length;
            }
            DrawFragment(canvas, first, text, null, x, w, top, line);
            x += w;
            i = end;
        }
        if (perLetter > 0) canvas.SetLetterSpacing(0);
    }

    // A loose justified line: its spaces stretch to 1.3 times first, then up to 2 % of the size goes between letters,
    // then the spaces take the rest. Word spaces past 1.5 times show as holes; a fiftieth of the size between letters
    // does not show. The line's breaks are untouched, so it holds what Word's line holds.
    private const double SpacesFirst = 0.3;
    private const double MostLetterSpacing = 0.02;

    private static (double PerSpace, double PerLetter) Spread(IReadOnlyList<LineFragment> fragments, double slack, int spaces)
    {
        var spaceWidth = 0.0;
        var letters = 0;
        var size = double.MaxValue;
        foreach (var fragment in fragments)
        {
            if (fragment.IsSpace) spaceWidth += fragment.Width;
            else if (TakesLetterSpacing(fragment))
            {
                letters += fragment.Text.Length;
                size = Math.Min(size, fragment.Face.Size);
            }
        }
        var beyond = slack - SpacesFirst * spaceWidth;
        if (letters == 0 || beyond <= 0) return (slack / spaces, 0);
        var perLetter = Math.Min(MostLetterSpacing * size, beyond / letters);
        return ((slack - perLetter * letters) / spaces, perLetter);
    }

    // One glyph per character: not shaped text (drawn glyph by glyph at its own places) nor characters beyond the BMP.
    private static bool TakesLetterSpacing(LineFragment fragment) =>
        !ComplexScripts.NeedsShaping(fragment.Text) && !fragment.Text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF');

    // The fragments lie left to right as seen; they are drawn in reading order, each at its place, so that the tagged
    // structure and text extraction read the line as it is written. As on other lines, neighbours in one style are
    // one string (unless spaces are stretched): those next to each other both as read and as seen, a right-to-left
    // run ("שלום עולם") drawn as seen, with the text as read for its /ActualText.
    private static void DrawInReadingOrder(ICanvas canvas, TextLine line, IReadOnlyList<ReadingFragment> readingOrder, double offset, double extraPerSpace,
        double top)
    {
        var fragments = line.Fragments;
        var xs = new double[fragments.Count + 1];
        xs[0] = offset;
        for (var i = 0; i < fragments.Count; i++) xs[i + 1] = xs[i] + fragments[i].Width + (fragments[i].IsSpace ? extraPerSpace : 0);

        for (var i = 0; i < readingOrder.Count;)
        {
            var first = fragments[readingOrder[i].Index];
            var end = i + 1;
            if (extraPerSpace == 0 && !first.IsSpace)
            {
                // The next fragment as read is the next one to the right (left to right) or to the left (right to left).
                var step = end < readingOrder.Count ? readingOrder[end].Index - readingOrder[i].Index : 0;
                while (step is 1 or -1 && end < readingOrder.Count && readingOrder[end].Index - readingOrder[end - 1].Index == step
                    && SameStyle(first, fragments[readingOrder[end].Index]))
                    end++;
                while (fragments[readingOrder[end - 1].Index].IsSpace) end--;
            }
            var low = Math.Min(readingOrder[i].Index, readingOrder[end - 1].Index);
            var high = Math.Max(readingOrder[i].Index, readingOrder[end - 1].Index);
            var text = low == high ? first.Text : Join(fragments, low, high + 1);
            var written = end == i + 1 ? readingOrder[i].ActualText : Written(fragments, readingOrder, i, end);
            DrawFragment(canvas, first, text, written == text ? null : written, xs[low], xs[high + 1] - xs[low], top, line);
            i = end;
        }
    }

    private static string Written(IReadOnlyList<LineFragment> fragments, IReadOnlyList<ReadingFragment> readingOrder, int start, int end)
    {
        var written = new System.Text.StringBuilder();
        for (var k = start; k < end; k++) written.Append(readingOrder[k].ActualText ?? fragments[readingOrder[k].Index].Text);
        return written.ToString();
    }

    private static void DrawFragment(ICanvas canvas, LineFragment first, string text, string? actualText, double x, double w, double top, TextLine line)
    {
        var baseline = top + line.Baseline;
        var tagAsLink = first.Link is not null && !first.IsSpace;
        var reference = IsFootnoteReference(first, text, line);
        if (reference) canvas.BeginStructure(StructureKind.Reference);
        if (tagAsLink) canvas.BeginLink(x, top, w, line.Height, first.Link!, actualText ?? text);
        else if (first.Link is not null) canvas.AddLink(x, top, w, line.Height, first.Link);
        // A tag's tint is decoration (an artifact); its text stays content of the paragraph.
        if (first.Background is { } tint && !first.IsSpace)
        {
            canvas.BeginArtifact();
            canvas.FillRectangle(x, baseline - first.Face.Size * TagAscent, w, first.Face.Size * (TagAscent + TagDescent), tint);
            canvas.EndArtifact();
        }
        if (!first.IsSpace) canvas.DrawText(text, first.Face, first.Color, x, baseline - first.Rise, actualText);
        if (first.Underline && !first.IsSpace)
            canvas.DrawLine(x, baseline + first.Face.Size * 0.12, x + w, baseline + first.Face.Size * 0.12, first.Face.Size * 0.06, first.Color);
        if (tagAsLink) canvas.EndLink();
        if (reference) canvas.EndStructure();
    }

    // A tag's box: from a little above the capitals to a little below the descenders, in the text's size.
    private const double TagAscent = 0.92;
    private const double TagDescent = 0.26;

    // A footnote's number in the text: raised, and one of the numbers the line cites (a footnote's own number, raised
    // at its start, cites nothing).
    private static bool IsFootnoteReference(LineFragment fragment, string text, TextLine line) =>
        fragment.Rise > 0 && line.Footnotes.Count > 0
        && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
        && line.Footnotes.Contains(number);

    private static bool SameStyle(LineFragment a, LineFragment b) =>
        a.Face == b.Face && a.Color == b.Color && a.Link == b.Link && a.Underline == b.Underline && a.Rise == b.Rise && a.Background == b.Background;

    private static string Join(IReadOnlyList<LineFragment> fragments, int start, int end)
    {
        var length = 0;
        for (var k = start; k < end; k++) length += fragments[k].Text.Length;
        return string.Create(length, (fragments, start, end), static (chars, state) =>
        {
            for (var k = state.start; k < state.end; k++)
            {
                state.fragments[k].Text.AsSpan().CopyTo(chars);
                chars = chars[state.fragments[k].Text.Length..];
            }
        });
    }
}
