namespace ReportForge.Runtime;

/// <summary>
/// The budgets of one report's stages after the template (whose limit is <c>RenderOptions.Timeout</c>): processor time
/// per stage, read from the stage thread's own clock (<see cref="ThreadCpuClock"/>), so a busy machine does not trip
/// them; and the bytes the report's stages may allocate between them. Each stage is also given up after
/// <see cref="BackstopFactor"/> times its limit of wall-clock time, which catches a thread blocked on I/O.
/// </summary>
public sealed record StageLimits
{
    /// <summary>Processor time the PDF layout and drawing may use unless told otherwise: 1,000 talks take about 2.3 s under Native AOT.</summary>
    public static readonly TimeSpan DefaultLayout = TimeSpan.FromSeconds(60);

    /// <summary>Processor time the Word writer may use unless told otherwise.</summary>
    public static readonly TimeSpan DefaultWord = TimeSpan.FromSeconds(60);

    /// <summary>Bytes a report's stages may allocate in all unless told otherwise (garbage included; 1,000 talks allocate between 1 and 2 GiB).</summary>
    public const long DefaultAllocatedBytes = 16L << 30;

    /// <summary>How many times its processor-time limit a stage may take in wall-clock time before it is given up.</summary>
    public const int BackstopFactor = 10;

    /// <summary>The least wall-clock time a stage is given before its backstop, however small its limit.</summary>
    public static readonly TimeSpan MinBackstop = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The wall-clock time after which a stage with <paramref name="limit"/> of processor time is given up:
    /// <see cref="BackstopFactor"/> times the limit, and at least <see cref="MinBackstop"/> (a busy machine must not turn
    /// a small limit into this error).
    /// </summary>
    public static TimeSpan Backstop(TimeSpan limit) => limit * BackstopFactor > MinBackstop ? limit * BackstopFactor : MinBackstop;

    /// <summary>The longest processor-time limit a caller may set for one stage.</summary>
    public static readonly TimeSpan MaxLimit = TimeSpan.FromHours(1);

    /// <summary>The limits used when the caller sets none.</summary>
    public static StageLimits Default { get; } = new();

    /// <summary>Processor time of the PDF layout and drawing (both passes).</summary>
    public TimeSpan Layout { get; init; } = DefaultLayout;

    /// <summary>Processor time of the Word writer.</summary>
    public TimeSpan Word { get; init; } = DefaultWord;

    /// <summary>Bytes the report's stages (template, markup, layout, Word) may allocate in all, garbage included.</summary>
    public long AllocatedBytes { get; init; } = DefaultAllocatedBytes;

    /// <summary>The largest allocated-bytes limit a caller may set, in MiB (1 TiB).</summary>
    public const long MaxAllocatedMebibytes = 1L << 20;

    /// <summary>Why an allocated-bytes limit of <paramref name="mebibytes"/> MiB is refused, or null when it is fine.</summary>
    public static string? AllocatedProblem(long mebibytes) =>
        mebibytes is >= 1 and <= MaxAllocatedMebibytes
            ? null
            : $"the limit must be at least 1 and at most {MaxAllocatedMebibytes} MiB, not {mebibytes}";

    /// <summary>Why a processor-time limit of <paramref name="seconds"/> is refused, or null when it is fine.</summary>
    public static string? LimitProblem(double seconds) =>
        double.IsFinite(seconds) && seconds > 0 && seconds <= MaxLimit.TotalSeconds
            ? null
            : $"the limit must be more than 0 and at most {MaxLimit.TotalSeconds:0} seconds, not " +
                $"{seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
