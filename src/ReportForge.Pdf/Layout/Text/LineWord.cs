using ReportForge.Pdf.Fonts;

namespace ReportForge.Pdf.Layout.Text;

/// <summary>A word, a space or a forced break of a paragraph, with its measured pieces.</summary>
internal sealed record LineWord(List<LinePiece> Pieces, double Width, bool IsSpace = false, bool IsBreak = false, bool EndsAtSoftHyphen = false)
{
    public static readonly LineWord Break = new([], 0, IsBreak: true);

    /// <summary>The "-" shown when a line ends at the soft hyphen after this word; none without one.</summary>
    public double HyphenWidth(ITextMeasurer measurer) => EndsAtSoftHyphen ? measurer.Width("-", Pieces[^1].Span.Face) : 0;
}
