namespace ReportForge.Pdf.Layout.Text;

/// <summary>
/// Line breaks carried from the layout pass to the drawing pass of one document. The drawing pass builds
/// its elements again and asks the same questions (the same spans at the same width); breaking lines is
/// most of a pass's cost, so the first pass keeps every answer and the second takes each one out as it
/// uses it: once a page is drawn, its lines are no longer held here. Text whose content differs between
/// the passes (a page number in the contents) misses and is broken again. The same text at the same width
/// (every list bullet, a status repeated down a table) is broken once and counted: it stays until the
/// last of its uses has taken it.
/// </summary>
public sealed class LineCache
{
    private readonly Dictionary<Key, Entry> _lines = [];

    /// <summary>True while the first pass fills the cache; false while the second takes from it.</summary>
    public bool Filling { get; set; } = true;

    /// <summary>Answers kept and not yet taken.</summary>
    public int Count => _lines.Count;

    /// <summary>
    /// The lines of <paramref name="spans"/> at a width: from the cache, or broken by <paramref name="breakLines"/>.
    /// Justified text is broken otherwise than ragged text (see LineBreaker): <paramref name="justified"/> keeps them apart.
    /// </summary>
    public List<TextLine> Get(IReadOnlyList<TextSpan> spans, double width, double lineHeight, Func<List<TextLine>> breakLines, bool justified = false)
    {
        var key = new Key(spans, width, lineHeight, justified);
        if (Filling)
        {
            if (_lines.TryGetValue(key, out var kept))
            {
                kept.Uses++;
                return kept.Lines;
            }
            var broken = breakLines();
            _lines[key] = new Entry(broken);
            return broken;
        }
        if (!_lines.TryGetValue(key, out var entry)) return breakLines();
        if (--entry.Uses == 0) _lines.Remove(key);
        return entry.Lines;
    }

    private sealed class Entry(List<TextLine> lines)
    {
        public List<TextLine> Lines { get; } = lines;
        public int Uses { get; set; } = 1;
    }

    private readonly struct Key : IEquatable<Key>
    {
        private readonly IReadOnlyList<TextSpan> _spans;
        private readonly double _width;
        private readonly double _lineHeight;
        private readonly bool _justified;
        private readonly int _hash;

        public Key(IReadOnlyList<TextSpan> spans, double width, double lineHeight, bool justified)
        {
            _spans = spans;
            _width = width;
            _lineHeight = lineHeight;
            _justified = justified;
            var hash = new HashCode();
            hash.Add(width);
            hash.Add(lineHeight);
            hash.Add(justified);
            foreach (var span in spans) hash.Add(span);
            _hash = hash.ToHashCode();
        }

        public bool Equals(Key other)
        {
            if (_hash != other._hash || _width != other._width || _lineHeight != other._lineHeight || _justified != other._justified
                || _spans.Count != other._spans.Count)
                return false;
            for (var i = 0; i < _spans.Count; i++)
            {
                if (!_spans[i].Equals(other._spans[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }
}
