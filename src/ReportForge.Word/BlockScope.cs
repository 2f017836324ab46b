namespace ReportForge.Word;

/// Where a block is written: its left indent and the width left for it (twips), and the list level it sits in (-1 outside lists).
internal readonly record struct BlockScope(int Indent, int Width, int ListLevel)
{
    public static BlockScope Body(int textWidth) => new(0, textWidth, -1);

    public int Available => Width - Indent;

    public bool InList => ListLevel >= 0;

    public BlockScope Indented(int by) => this with { Indent = Indent + by };
}
