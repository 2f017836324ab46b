namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// Children stacked top to bottom. The state is the first child not yet drawn in full. A child that
/// keeps with the next (a heading) moves to the next page when what follows it would not start here.
/// </summary>
public sealed class Column(IReadOnlyList<Element> children) : Element
{
    private int _current;

    /// <summary>The children.</summary>
    public IReadOnlyList<Element> Children { get; } = children;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        foreach (var child in Children) child.Attach(context);
    }

    /// <inheritdoc />
    public override bool KeepWithNext => _current < Children.Count && Children[_current].KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Plan(available).Result;

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var (_, steps) = Plan(available);
        var canvas = Context.Canvas;
        var y = 0.0;
        foreach (var (index, plan) in steps)
        {
            canvas.Translate(0, y);
            Children[index].Draw(new Size(available.Width, available.Height - y));
            canvas.Translate(0, -y);
            y += plan.Height;
            if (plan.Kind is SpacePlanKind.Full or SpacePlanKind.Empty) _current = index + 1;
        }
    }

    private (SpacePlan Result, List<(int Index, SpacePlan Plan)> Steps) Plan(Size available)
    {
        var steps = new List<(int, SpacePlan)>();
        var used = 0.0;
        var width = 0.0;
        var drewSomething = false;

        for (var i = _current; i < Children.Count; i++)
        {
            var space = new Size(available.Width, Math.Max(0, available.Height - used));
            var plan = Children[i].Measure(space);
            if (plan.Kind == SpacePlanKind.Empty)
            {
                steps.Add((i, plan));
                continue;
            }

            if (plan.Kind == SpacePlanKind.Full && Children[i].KeepWithNext && drewSomething && !FollowerStartsHere(i, available.Width, space.Height - plan.Height))
                return (SpacePlan.Partial(width, used), steps);

            if (plan.Kind == SpacePlanKind.Wrap)
                return (drewSomething ? SpacePlan.Partial(width, used) : SpacePlan.Wrap, steps);

            steps.Add((i, plan));
            used += plan.Height;
            width = Math.Max(width, plan.Width);
            drewSomething = true;
            if (plan.Kind == SpacePlanKind.Partial) return (SpacePlan.Partial(width, used), steps);
        }

        return (drewSomething ? SpacePlan.Full(width, used) : SpacePlan.Empty, steps);
    }

    private bool FollowerStartsHere(int index, double width, double heightLeft)
    {
        for (var next = index + 1; next < Children.Count; next++)
        {
            var plan = Children[next].Measure(new Size(width, Math.Max(0, heightLeft)));
            switch (plan.Kind)
            {
                case SpacePlanKind.Empty:
                    continue;
                case SpacePlanKind.Wrap:
                    return false;
                case SpacePlanKind.Full when Children[next].KeepWithNext:
                    heightLeft -= plan.Height;
                    continue;
                default:
                    return true;
            }
        }
        return true;
    }
}
