using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>A background, a border or a bar at the left, and inner padding around a child; each page's part gets its own box.</summary>
public sealed class BoxElement(Element child, BoxStyle style) : Element
{
    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        child.Attach(context);
    }

    private double Horizontal => style.PaddingLeft + style.PaddingRight;
    private double Vertical => style.PaddingTop + style.PaddingBottom;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (available.Height < Vertical)
            return SpacePlan.WrapBecause($"the box's padding ({LayoutContext.Points(Vertical)}) {Context.TooTall(Vertical, available)}");
        var plan = child.Measure(new Size(Math.Max(0, available.Width - Horizontal), available.Height - Vertical));
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(available.Width, plan.Height + Vertical) with { FootnoteHeight = plan.FootnoteHeight },
            SpacePlanKind.Partial => SpacePlan.Partial(available.Width, plan.Height + Vertical) with { FootnoteHeight = plan.FootnoteHeight },
            _ => plan,
        };
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var plan = Measure(available);
        if (!plan.DrawsSomething) return;
        var canvas = Context.Canvas;
        var height = plan.Height;
        if (style.Background is { } background) canvas.FillRectangle(0, 0, available.Width, height, background);
        if (style.Border is { } border)
        {
            var t = style.BorderWidth;
            canvas.FillRectangle(0, 0, available.Width, t, border);
            canvas.FillRectangle(0, height - t, available.Width, t, border);
            canvas.FillRectangle(0, 0, t, height, border);
            canvas.FillRectangle(available.Width - t, 0, t, height, border);
        }
        if (style.LeftBar is { } bar) canvas.FillRectangle(0, 0, style.LeftBarWidth, height, bar);

        canvas.Translate(style.PaddingLeft, style.PaddingTop);
        child.Draw(new Size(Math.Max(0, available.Width - Horizontal), available.Height - Vertical));
        canvas.Translate(-style.PaddingLeft, -style.PaddingTop);
    }
}

/// <summary>How a <see cref="BoxElement"/> looks.</summary>
public sealed record BoxStyle
{
    /// <summary>Fill colour.</summary>
    public Rgb? Background { get; init; }
    /// <summary>Border colour on all sides.</summary>
    public Rgb? Border { get; init; }
    /// <summary>Border thickness.</summary>
    public double BorderWidth { get; init; } = 0.75;
    /// <summary>A bar down the left side.</summary>
    public Rgb? LeftBar { get; init; }
    /// <summary>The bar's width.</summary>
    public double LeftBarWidth { get; init; } = 3;
    /// <summary>Inner padding.</summary>
    public double PaddingTop { get; init; }
    /// <summary>Inner padding.</summary>
    public double PaddingBottom { get; init; }
    /// <summary>Inner padding.</summary>
    public double PaddingLeft { get; init; }
    /// <summary>Inner padding.</summary>
    public double PaddingRight { get; init; }
}
