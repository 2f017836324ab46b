using ReportForge.Diagnostics;

namespace ReportForge.Templating;

/// <summary>Maps each line of the generated markup to the template file, line and column that wrote it.</summary>
public sealed class SourceMap
{
    private readonly List<Segment> _segments = [];

    internal void Add(int outputStart, string file, int line, int column, bool advancesWithText, string? sourceText, int sourceOffset)
    {
        if (_segments.Count > 0 && _segments[^1].OutputStart == outputStart) _segments.RemoveAt(_segments.Count - 1);
        _segments.Add(new Segment(outputStart, file, line, column, advancesWithText ? sourceText : null, sourceOffset));
    }

    /// <summary>The template location that wrote the character at <paramref name="outputOffset"/> of the markup.</summary>
    public SourceLocation? Locate(int outputOffset)
    {
        if (_segments.Count == 0) return null;
        var low = 0;
        var high = _segments.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_segments[mid].OutputStart <= outputOffset) low = mid; else high = mid - 1;
        }
        var segment = _segments[low];
        if (segment.OutputStart > outputOffset) return null;
        if (segment.SourceText is null) return new SourceLocation(segment.File, segment.Line, segment.Column);

        // Raw template text: walk forward from the segment's start to the exact character.
        var line = segment.Line;
        var column = segment.Column;
        var end = Math.Min(segment.SourceOffset + (outputOffset - segment.OutputStart), segment.SourceText.Length);
        for (var i = segment.SourceOffset; i < end; i++)
        {
            if (segment.SourceText[i] == '\n') { line++; column = 1; } else column++;
        }
        return new SourceLocation(segment.File, line, column);
    }

    /// <summary>
    /// An offset in [<paramref name="start"/>, <paramref name="end"/>) of the markup written by the one write that
    /// wrote most of that range (the first such write on a tie); <paramref name="start"/> when the map knows none.
    /// </summary>
    internal int MostWritten(int start, int end)
    {
        var (best, bestLength) = (start, 0);
        for (var i = FirstAtOrBefore(start); i >= 0 && i < _segments.Count && _segments[i].OutputStart < end; i++)
        {
            var from = Math.Max(start, _segments[i].OutputStart);
            var to = i + 1 < _segments.Count ? Math.Min(end, _segments[i + 1].OutputStart) : end;
            if (to - from > bestLength) (best, bestLength) = (from, to - from);
        }
        return best;
    }

    private int FirstAtOrBefore(int offset)
    {
        if (_segments.Count == 0 || _segments[0].OutputStart > offset) return _segments.Count == 0 ? -1 : 0;
        var (low, high) = (0, _segments.Count - 1);
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_segments[mid].OutputStart <= offset) low = mid; else high = mid - 1;
        }
        return low;
    }

    private sealed record Segment(int OutputStart, string File, int Line, int Column, string? SourceText, int SourceOffset);
}
