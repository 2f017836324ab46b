using System.Globalization;
using ReportForge.Diagnostics;
using ReportForge.Model;

namespace ReportForge.Runtime;

/// <summary>One stage as its budget errors name it: what it is called, its processor-time code and the option that raises its limit.</summary>
public sealed record StageName(string Name, string TimeCode, string Option)
{
    /// <summary>The template render (RF1105, <c>--timeout</c>).</summary>
    public static StageName Template { get; } = new("template", ErrorCodes.TemplateTimeout, "--timeout");

    /// <summary>The PDF layout and drawing (RF1305, <c>--layout-timeout</c>).</summary>
    public static StageName Layout { get; } = new("PDF layout", ErrorCodes.LayoutTimeLimit, "--layout-timeout");

    /// <summary>The Word writer (RF1306, <c>--word-timeout</c>).</summary>
    public static StageName Word { get; } = new("Word writer", ErrorCodes.WordTimeLimit, "--word-timeout");
}

/// <summary>Turns a stage stopped by its budget into one diagnostic, placed at the block it had reached when it has one.</summary>
public static class StageErrors
{
    /// <summary>The error for a stage that ended with <paramref name="stop"/> (not <see cref="StageStop.None"/>).</summary>
    public static Diagnostic Stopped(StageStop stop, StageName stage, TimeSpan limit, JobMemory? memory, BlockOrigin? at, SourceLocation? fallback = null)
    {
        var origin = at;
        var where = origin is null ? "" : $" (markup line {origin.MarkupLine})";
        var location = origin?.Location ?? fallback;
        var (code, message) = stop switch
        {
            StageStop.ProcessorTime => (stage.TimeCode,
                $"the {stage.Name} used more than {Seconds(limit)} s of processor time and was stopped{where}; a very long document or a costly block (a " +
                    $"huge title, table or image) does this; raise the limit with {stage.Option}"),
            StageStop.AllocatedBytes => (ErrorCodes.AllocationLimit,
                $"the report allocated more than {Size(memory?.Limit ?? 0)} by the end of the {stage.Name}{where}, and was stopped; render smaller reports, " +
                    $"or raise the limit with --max-allocated"),
            StageStop.Heap => (ErrorCodes.HeapLimit,
                $"the process reached its heap limit during the {stage.Name}{where}; nothing of this report was written; raise the limit with --max-heap, or " +
                    $"render smaller reports"),
            StageStop.Cancelled => (ErrorCodes.StageBackstop, $"the {stage.Name} was stopped because its result was no longer wanted"),
            _ => (ErrorCodes.StageBackstop,
                $"the {stage.Name} took more than {Seconds(StageLimits.Backstop(limit))} s of wall-clock time (its backstop: {StageLimits.BackstopFactor} " +
                    $"times its limit of {Seconds(limit)} s of processor time, at least {Seconds(StageLimits.MinBackstop)} s) and was given up{where}: a " +
                    $"read that never ended, or a machine far too busy; raise the limit with {stage.Option}"),
        };
        return new Diagnostic(code, Severity.Error, message, location);
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes >= 1L << 30 && bytes % (1L << 30) == 0
        ? $"{bytes >> 30} GiB"
        : $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture)} MiB";
}
