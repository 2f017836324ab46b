using DocumentFormat.OpenXml.Packaging;
using ReportForge.Theming;

namespace ReportForge.Word;

/// State shared by the handlers while one document is written: theme, numbering, relationship and bookmark ids.
internal sealed class WordContext(Theme theme, MainDocumentPart mainPart, int textWidth)
{
    private readonly Dictionary<string, string> _linkIds = new(StringComparer.Ordinal);
    private int _nextBookmarkId;

    public Theme Theme { get; } = theme;

    public int TextWidth { get; } = textWidth;

    public NumberingPart Numbering { get; } = new(theme);

    public bool Justify => string.Equals(Theme.TextAlign, "justify", StringComparison.OrdinalIgnoreCase);

    public int NextBookmarkId() => _nextBookmarkId++;

    /// The relationship id of an external link; ids are sequential so the bytes are reproducible.
    public string ExternalLinkId(Uri target)
    {
        var key = target.OriginalString;
        if (_linkIds.TryGetValue(key, out var id))
            return id;
        id = "rIdLink" + (_linkIds.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        mainPart.AddHyperlinkRelationship(target, true, id);
        _linkIds.Add(key, id);
        return id;
    }
}
