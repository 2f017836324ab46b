using ReportForge.Pdf.Canvas;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>Opens a structure element around whatever its child draws on each page.</summary>
public sealed class TaggedElement(Element child, StructureKind kind, int level = 0) : WrapperElement(child)
{
    /// <inheritdoc />
    public override bool KeepWithNext => Child.KeepWithNext;

    /// <inheritdoc />
    public override SpacePlan Measure(Size available) => Child.Measure(available);

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        Context.Canvas.BeginStructure(kind, level);
        Child.Draw(available);
        Context.Canvas.EndStructure();
    }
}
