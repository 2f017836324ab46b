namespace ReportForge.Templating;

/// <summary>Options of one template render.</summary>
public sealed record RenderOptions
{
    /// <summary>Culture for dates, numbers and phrases; the template's default when null.</summary>
    public string? Culture { get; init; }

    /// <summary>Parameter values as given with <c>--set name=value</c>, checked against template.json's parameters.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// One document per item: the top-level list of the notes to take the item from, and its index.
    /// The template reads the item as <c>item</c>. Null renders the notes as one document.
    /// </summary>
    public (string List, int Index)? Item { get; init; }

    /// <summary>The render stops with an error after this long.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The most characters a template may write.</summary>
    public long OutputLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>Seconds since the Unix epoch for the files' dates (SOURCE_DATE_EPOCH); the notes' date when null.</summary>
    public long? SourceDateEpoch { get; init; }
}
