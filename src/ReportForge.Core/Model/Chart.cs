namespace ReportForge.Model;

// Issue 22 (charts): the chart block. Until the vector PDF and native Word charts land, both writers draw it as its
// data table (Charts.ChartTable).

/// <summary>
/// A chart of the data a <c>::: chart</c> container holds. Each of <see cref="Categories"/> is one point (a bar, a slice,
/// a dated event); each series gives one value per category. A timeline has no series: its points are dated events,
/// each with a label and a group (such as a status) that picks its colour.
/// </summary>
public sealed record Chart(ChartKind Kind, string? Title, IReadOnlyList<ChartCategory> Categories, IReadOnlyList<ChartSeries> Series)
    : Block
{
    /// <summary>Bars or columns of the series stacked on each other rather than side by side.</summary>
    public bool Stacked { get; init; }

    /// <summary>A label per point (a timeline's event titles), or empty.</summary>
    public IReadOnlyList<string> PointLabels { get; init; } = [];

    /// <summary>A group per point that picks its colour (a timeline's status), or empty.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>The heading of the categories' column (the data table's first header), or null for the strings' word.</summary>
    public string? CategoryName { get; init; }

    /// <summary>The alternative text the template gave; null to generate it from the data (Charts.ChartAlt).</summary>
    public string? AltText { get; init; }

    /// <summary>Where the chart came from (template line and markup line), for errors found later; null when built in code.</summary>
    public BlockOrigin? Origin { get; init; }

    internal override void OnlyTheModelDerives() { }
}

/// <summary>The kinds of chart.</summary>
public enum ChartKind
{
    /// <summary>Dated events on a time axis, coloured by group.</summary>
    Timeline,
    /// <summary>Horizontal bars.</summary>
    Bar,
    /// <summary>Vertical bars.</summary>
    Column,
    /// <summary>Points joined by lines, over categories or dates.</summary>
    Line,
    /// <summary>Slices of a circle.</summary>
    Pie,
    /// <summary>Slices of a ring.</summary>
    Donut,
}

/// <summary>One point of the category axis: its label as written and, over dates, its date.</summary>
public sealed record ChartCategory(string Label, DateOnly? Date = null);

/// <summary>A named series: one value per category; <paramref name="Tone"/> names a theme tone for its colour (null: by order).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, string? Tone = null);
