using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>The entries of a table of contents in one TOC element over their pages, nested by level (<see cref="TocNesting"/>).</summary>
public sealed class TocElement(Element entries, TocNesting nesting) : WrapperElement(entries)
{
    private int _key = -1;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        _key = -1;
    }

    /// <inheritdoc />
    public override bool KeepWithNext => Child.KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        _key = canvas.ContinueStructure(_key, StructureKind.TableOfContents);
        Child.Draw(available);
        nesting.EndPage(canvas);
        canvas.EndStructure();
    }
}
