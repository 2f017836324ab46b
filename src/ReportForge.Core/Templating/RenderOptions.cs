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

    /// <summary>
    /// The previous notes (<c>--since</c>), already checked against the template's schema: the template sees what changed
    /// since them as <c>changes</c>. Null when none: <c>changes</c> is null.
    /// </summary>
    public Notes.NotesDocument? Previous { get; init; }

    /// <summary>The render time limit when neither the caller nor template.json sets one.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The longest time limit a caller or template.json may set.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Why a time limit of <paramref name="seconds"/> is refused, or null when it is fine.</summary>
    public static string? TimeoutProblem(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= MaxTimeout.TotalSeconds
            ? null
            : $"the time limit must be more than 0 and at most {MaxTimeout.TotalSeconds:0} seconds, not " +
                $"{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>The render stops with an error after using this much processor time (its own thread's clock); template.json's <c>timeout</c>, else <see
    /// cref="DefaultTimeout"/>, when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The most characters a template may write.</summary>
    public long OutputLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>The longest text (in characters) one value or one built-in call may make.</summary>
    public int ValueLimit { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most iterations of one loop, counting the loops nested in it, and the largest range (<c>1..n</c>); 0 is no limit.</summary>
    public int LoopLimit { get; init; } = 1_000_000;

    /// <summary>How deep functions and partials may call each other.</summary>
    public int RecursionLimit { get; init; } = 100;

    /// <summary>Seconds since the Unix epoch for the files' dates (SOURCE_DATE_EPOCH); the notes' date when null.</summary>
    public long? SourceDateEpoch { get; init; }

    /// <summary>
    /// Stops the render early when its result is no longer wanted (the notes failed their schema check, which runs
    /// alongside); what it returns then is of no use.
    /// </summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The report's account of allocated bytes, which the render's own are added to; none when null.</summary>
    public Runtime.JobMemory? Memory { get; init; }
}
