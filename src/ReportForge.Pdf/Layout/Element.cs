namespace ReportForge.Pdf.Layout;

/// <summary>
/// A layout element. <see cref="Measure"/> says what fits in the space offered without changing
/// anything; <see cref="Draw"/> draws exactly that much and moves the element's state past it,
/// so the next page continues where this one stopped.
/// </summary>
public abstract class Element
{
    /// <summary>The shared context: canvas, measurer, page geometry.</summary>
    public LayoutContext Context { get; private set; } = null!;

    /// <summary>Headings keep with what follows them.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>The paragraph spacing at the element's top, if its first block has some: the column stacking the element
    /// lets it meet the spacing below the block above (see <see cref="Elements.PaddingElement.Collapses"/>).</summary>
    internal virtual Elements.PaddingElement? SpacingAbove => null;

    /// <summary>The paragraph spacing at the element's bottom, if its last block has some.</summary>
    internal virtual Elements.PaddingElement? SpacingBelow => null;

    /// <summary>Binds the element (and its children) to a context before a pass.</summary>
    public virtual void Attach(LayoutContext context) => Context = context;

    /// <summary>How much of what is left fits in <paramref name="available"/>.</summary>
    public abstract SpacePlan Measure(Size available);

    /// <summary>Draws what fits in <paramref name="available"/> at the canvas origin.</summary>
    public abstract void Draw(Size available);
}
