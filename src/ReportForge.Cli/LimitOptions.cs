using System.CommandLine;
using ReportForge.Diagnostics;
using ReportForge.Runtime;

namespace ReportForge.Cli;

/// <summary>
/// The budgets of a report's stages after the template (<c>--layout-timeout</c>, <c>--word-timeout</c>,
/// <c>--max-allocated</c>), part of <see cref="ReportOptions"/>.
/// </summary>
internal sealed class LimitOptions
{
    public Option<double?> Layout { get; } = new("--layout-timeout")
        { Description = $"Stop a PDF layout that uses more than this many seconds of processor time (default {StageLimits.DefaultLayout.TotalSeconds:0})." };

    public Option<double?> Word { get; } = new("--word-timeout")
        { Description = $"Stop a Word writer that uses more than this many seconds of processor time (default {StageLimits.DefaultWord.TotalSeconds:0})." };

    public Option<long?> Allocated { get; } = new("--max-allocated")
        { Description =
            $"Stop a report whose stages allocate more than this many MiB in all, garbage included (default {StageLimits.DefaultAllocatedBytes >> 20})." };

    public void AddTo(Command command)
    {
        command.Options.Add(Layout);
        command.Options.Add(Word);
        command.Options.Add(Allocated);
    }

    /// <summary>The limits given (null where one is not); false, after printing why, when one is out of range.</summary>
    public bool TryGet(ParseResult result, TextWriter stderr, out LimitOverrides limits)
    {
        limits = new LimitOverrides(null, null, null);
        if (result.GetValue(Layout) is { } layout)
        {
            if (Problem("--layout-timeout", StageLimits.LimitProblem(layout), stderr)) return false;
            limits = limits with { Layout = TimeSpan.FromSeconds(layout) };
        }
        if (result.GetValue(Word) is { } word)
        {
            if (Problem("--word-timeout", StageLimits.LimitProblem(word), stderr)) return false;
            limits = limits with { Word = TimeSpan.FromSeconds(word) };
        }
        if (result.GetValue(Allocated) is { } mebibytes)
        {
            if (Problem("--max-allocated", StageLimits.AllocatedProblem(mebibytes), stderr)) return false;
            limits = limits with { AllocatedBytes = mebibytes << 20 };
        }
        return true;
    }

    private static bool Problem(string option, string? problem, TextWriter stderr)
    {
        if (problem is null) return false;
        stderr.WriteLine($"reportforge: error {ErrorCodes.Usage}: {option}: {problem}");
        return true;
    }
}
