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

    private sealed record Segment(int OutputStart, string File, int Line, int Column, string? SourceText, int SourceOffset);
}
