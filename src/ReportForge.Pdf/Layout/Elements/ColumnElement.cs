namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. The state is the first child not yet drawn in full. A child that
/// keeps with the next (a heading) moves to the next page when what follows it would not start here.
/// Footnotes a child cites take their room from the page too, so later children are offered less.
/// A child drawn in full is let go: a long document does not hold the layout of the pages it has finished. A column
/// may also build each child when the layout first reaches it (the root of a long document): then it never holds the
/// layout of the pages still to come either.
/// </summary>
public sealed class ColumnElement : Element
{
    private readonly Element?[] _children;
    private readonly Func<int, Element>? _build;
    private int _current;
    private MeasureMemo<(SpacePlan Result, List<Step> Steps)> _planned;

    /// <summary>Children given up front.</summary>
    public ColumnElement(IReadOnlyList<Element> children) => _children = [.. children];

    /// <summary><paramref name="count"/> children, child <c>i</c> built by <paramref name="build"/> when the layout first asks for it.</summary>
    public ColumnElement(int count, Func<int, Element> build)
    {
        _children = new Element?[count];
        _build = build;
    }

    /// <summary>The first child not yet drawn in full: the one a page could not hold when the column wraps on an empty page.</summary>
    public int Current => _current;

    // Only children from the current one on are ever asked; those before it have been released.
    private Element Child(int index)
    {
        if (_children[index] is { } child) return child;
        if (_build is null || index < _current) throw new InvalidOperationException($"child {index} was released");
        child = _build(index);
        child.Attach(Context);
        return _children[index] = child;
    }

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        foreach (var child in _children) child?.Attach(context);
    }

    /// <inheritdoc />
    /// <remarks>
    /// What follows the column follows its last child, so the column keeps with it when that child does (a captioned
    /// figure's picture keeps with its caption, not the figure with the next block). The root column, built as the
    /// layout reaches each child, has nothing after it.
    /// </remarks>
    public override bool KeepWithNext => _build is null && _current < _children.Length && Child(_children.Length - 1).KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available).Result;

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var (_, steps) = Plan(available);
        _planned.Forget();
        var canvas = Context.Canvas;
        var y = 0.0;
        var footnotes = false;
        foreach (var step in steps)
        {
            // Offer each child exactly what it was offered when planned, so it draws what it planned.
            canvas.Translate(0, y);
            using (Context.Footnotes.ReservedAbove(footnotes)) Child(step.Index).Draw(new Size(available.Width, step.Offered));
            canvas.Translate(0, -y);
            footnotes |= step.Plan.FootnoteHeight > 0;
            y += step.Plan.Height;
            if (step.Plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty)
            {
                for (var done = _current; done <= step.Index; done++) _children[done] = null;
                _current = step.Index + 1;
            }
        }
    }

    private readonly record struct Step(int Index, SpacePlan Plan, double Offered);

    private (SpacePlan Result, List<Step> Steps) Plan(Size available) =>
        _planned.Answer(Context, available, this, static (self, offered) => self.PlanAnew(offered));

    private (SpacePlan Result, List<Step> Steps) PlanAnew(Size available)
    {
        var steps = new List<Step>();
        var used = 0.0;
        var footnotes = 0.0;
        var width = 0.0;
        var drewSomething = false;

        SpacePlan Result(SpacePlanKind kind) => new SpacePlan(kind, width, used) { FootnoteHeight = footnotes };

        Element? above = null;
        for (var i = _current; i < _children.Length; i++)
        {
            var space = new Size(available.Width, Math.Max(0, available.Height - used - footnotes));
            // The first child meets what is above the column, which the column's parent decides; the document's root column
            // (the one built as the layout reaches it) starts every page, where nothing is above.
            if (i > _current || _build is not null) Meet(above, Child(i));
            SpacePlan plan;
            using (Context.Footnotes.ReservedAbove(footnotes > 0)) plan = Child(i).Measure(space);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                steps.Add(new Step(i, plan, space.Height));
                // After a page break the next block keeps its space above, as Word and LibreOffice keep it after a hard break.
                if (Child(i) is PageBreakElement) above = Child(i);
                continue;
            }

            if (plan.Kind == SpacePlanKind.Full && Child(i).KeepWithNext && drewSomething
                && !FollowerStartsHere(i, available.Width, space.Height - plan.TotalHeight, footnotes + plan.FootnoteHeight > 0))
                return (Result(SpacePlanKind.Partial), steps);

            // Children that keep with the next (a heading at the top of a changed part) do not stay behind alone: when
            // what follows them moves to the next page, they move with it, as Word and LibreOffice keep them. Not on a
            // page of its own (the root, or a column offered the whole page), where moving would find no more room.
            if (plan.Kind == SpacePlanKind.Wrap)
                return (drewSomething && !(_build is null && available.Height < Context.ContentArea.Height && OnlyKeepingWithNext(steps))
                    ? Result(SpacePlanKind.Partial) : SpacePlan.WrapBecause(plan.Reason), steps);

            steps.Add(new Step(i, plan, space.Height));
            above = Child(i);
            used += plan.Height;
            footnotes += plan.FootnoteHeight;
            width = Math.Max(width, plan.Width);
            drewSomething = true;
            if (plan.Kind == SpacePlanKind.Partial) return (Result(SpacePlanKind.Partial), steps);
        }

        return (drewSomething ? Result(SpacePlanKind.Full) : SpacePlan.Empty, steps);
    }

    private bool OnlyKeepingWithNext(List<Step> steps)
    {
        foreach (var step in steps)
            if (step.Plan.Kind != SpacePlanKind.Empty && !Child(step.Index).KeepWithNext) return false;
        return true;
    }

    // Paragraph spacing meets as in Word: the larger of the space below the block above and the space above this one.
    // With nothing above it on the page, a block's space above is dropped, as LibreOffice sets a .docx (but not after a
    // page break, which stands above it as a block without spacing).
    private static void Meet(Element? above, Element below)
    {
        if (below.SpacingAbove is not { } lower) return;
        lower.Overlap = above is null ? lower.SpaceAbove : above.SpacingBelow is { } upper ? Math.Min(lower.SpaceAbove, upper.SpaceBelow) : 0;
    }

    internal override PaddingElement? SpacingAbove => _current < _children.Length ? Child(_current).SpacingAbove : null;

    internal override PaddingElement? SpacingBelow => _children.Length > 0 ? _children[^1]?.SpacingBelow : null;

    private bool FollowerStartsHere(int index, double width, double heightLeft, bool footnotes)
    {
        using var scope = Context.Footnotes.ReservedAbove(footnotes);
        for (var next = index + 1; next < _children.Length; next++)
        {
            Meet(Child(next - 1), Child(next));
            var plan = Child(next).Measure(new Size(width, Math.Max(0, heightLeft)));
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.Wrap:
                    return false;
                case SpacePlanKind.Full when Child(next).KeepWithNext:
                    heightLeft -= plan.TotalHeight;
                    continue;
                default:
                    return true;
            }
        }
        return true;
    }
}
