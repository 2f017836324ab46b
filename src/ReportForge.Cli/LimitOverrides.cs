using ReportForge.Runtime;

namespace ReportForge.Cli;

/// <summary>The stage limits the command line gives (null where it gives none), to lay over a manifest's or the defaults.</summary>
internal sealed record LimitOverrides(TimeSpan? Layout, TimeSpan? Word, long? AllocatedBytes)
{
    /// <summary>These limits over <paramref name="limits"/>.</summary>
    public StageLimits Over(StageLimits limits) => limits with
    {
        Layout = Layout ?? limits.Layout,
        Word = Word ?? limits.Word,
        AllocatedBytes = AllocatedBytes ?? limits.AllocatedBytes,
    };
}
