using DocumentFormat.OpenXml.Packaging;
using ReportForge.Theming;

namespace ReportForge.Word;

/// State shared by the handlers while one document is written: theme, page map, numbering, relationship,
/// bookmark and drawing ids. Every id is a counter, so the same document gives the same bytes.
internal sealed class WordContext(Theme theme, MainDocumentPart mainPart, int textWidth, DocumentOutline outline)
{
    private readonly Dictionary<(OpenXmlPart Part, string Url), string> _linkIds = [];
    private NumberingPart? _numbering;
    private int _nextBookmarkId;
    private int _nextDrawingId = 1;

    public Theme Theme { get; } = theme;

    /// The theme resolved into every block kind's look, shared with the PDF.
    public StyleSheet Sheet { get; } = new(theme);

    public MainDocumentPart MainPart { get; } = mainPart;

    /// The part whose content is being written (the main document, then the footnotes): relationships of
    /// links and pictures belong to it.
    public OpenXmlPart CurrentPart { get; set; } = mainPart;

    public int TextWidth { get; } = textWidth;

    /// Every heading of the document in reading order, for the table of contents.
    public DocumentOutline Outline { get; } = outline;

    /// The table of contents' page numbers, filled in last from the PDF layout's page map.
    public PageNumbers PageNumbers { get; } = new();

    /// The tables' column widths, set last to the PDF layout's.
    public Blocks.TableGrids Tables { get; } = new();

    /// A reference document's page setup or styles may paginate otherwise than the page map says, so the
    /// contents is marked for Word to refresh.
    public bool ContentsMayBeStale { get; init; }

    /// Revisions for the document's marked changes (--track-changes); null writes them accepted.
    public TrackedChanges? Tracked { get; init; }

    /// The words and culture of charts' generated text (their data tables and alternative text).
    public Charts.ChartWords ChartWords { get; init; } = new(new Dictionary<string, string>(), "en-US");

    public NumberingPart Numbering => _numbering ??= new(Sheet);

    /// The width in points of a list label in the body text, as the PDF measures it; null estimates it from its length.
    public Func<string, double>? LabelWidth { get; init; }

    // Without the PDF's measure: a label's width in a Helvetica-like font (digits 0.556 em, the full stop 0.278).
    private double Estimate(string label) =>
        label.Sum(c => c switch { '.' => 0.278, 'i' or 'l' => 0.222, 'm' => 0.833, 'c' or 'd' or 'v' or 'x' => 0.5, _ => 0.556 }) * Sheet.Body.Size;

    /// An ordered list's label column, the PDF's: as wide as its widest number needs.
    public ListColumn OrderedColumn(Model.ListBlock list, int level)
    {
        var width = LabelWidth ?? Estimate;
        var widest = ListLabels.Of(list, level).Select(width).DefaultIfEmpty(0).Max();
        return ListLabels.Column(Sheet, widest, width(ListLabels.Reference));
    }

    public ImageParts Images { get; } = new();

    public bool Justify => Sheet.Justify;

    public int NextBookmarkId() => _nextBookmarkId++;

    /// wp:docPr ids must be unique in the document and positive.
    public uint NextDrawingId() => (uint)_nextDrawingId++;

    /// The relationship id of an external link; ids are sequential so the bytes are reproducible.
    public string ExternalLinkId(Uri target)
    {
        var key = (CurrentPart, target.OriginalString);
        if (_linkIds.TryGetValue(key, out var id))
            return id;
        id = "rIdLink" + (_linkIds.Count(k => k.Key.Part == CurrentPart) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        CurrentPart.AddHyperlinkRelationship(target, true, id);
        _linkIds.Add(key, id);
        return id;
    }
}
