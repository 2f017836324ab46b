using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>The entries of a table of contents in a TOC element on each page, nested by level (<see cref="TocNesting"/>).</summary>
public sealed class TocElement(Element entries, TocNesting nesting) : WrapperElement(entries)
{
    /// <inheritdoc />
    public override bool KeepWithNext => Child.KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        canvas.BeginStructure(StructureKind.TableOfContents);
        Child.Draw(available);
        nesting.EndPage(canvas);
        canvas.EndStructure();
    }
}
