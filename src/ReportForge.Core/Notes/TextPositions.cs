using System.Text;

namespace ReportForge.Notes;

/// <summary>Turns byte offsets in a UTF-8 file into 1-based line and character column.</summary>
internal sealed class TextPositions
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    public TextPositions(byte[] utf8)
    {
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n') _lineStarts.Add(i + 1);
        }
    }

    public (int Line, int Column) At(long byteOffset)
    {
        var offset = (int)Math.Clamp(byteOffset, 0, _utf8.Length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        var start = _lineStarts[line];
        var skip = start == 0 && HasBom ? 3 : 0;
        var chars = Encoding.UTF8.GetCharCount(_utf8, start + skip, Math.Max(0, offset - start - skip));
        return (line + 1, chars + 1);
    }

    /// <summary>The position of a byte within a line, as JsonException reports it.</summary>
    public (int Line, int Column) AtLineByte(long zeroBasedLine, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(zeroBasedLine, 0, _lineStarts.Count - 1);
        return At(_lineStarts[line] + bytePositionInLine + (line == 0 && HasBom ? 3 : 0));
    }

    private bool HasBom => _utf8.Length >= 3 && _utf8[0] == 0xEF && _utf8[1] == 0xBB && _utf8[2] == 0xBF;
}
