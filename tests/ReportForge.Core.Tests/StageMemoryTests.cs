using ReportForge.Runtime;

namespace ReportForge.Tests;

/// <summary>
/// Memory is handed back after a stage only when the program asked for it (the library alone never forces a
/// collection) and the report allocated more than the threshold since the last time.
/// </summary>
[Collection(nameof(StageMemoryTests))]
public sealed class StageMemoryTests
{
    [Fact]
    public void The_library_alone_never_forces_a_collection()
    {
        Assert.False(StageMemory.Enabled);
        var job = new JobMemory(long.MaxValue);
        job.Add(StageMemory.Threshold * 4);
        Assert.False(StageMemory.Release(job));
    }

    [Fact]
    public void Asked_for_a_small_report_releases_nothing_and_a_large_one_releases_once()
    {
        var job = new JobMemory(long.MaxValue);
        StageMemory.Enabled = true;
        try
        {
            job.Add(1 << 20);
            Assert.False(StageMemory.Release(job));
            job.Add(StageMemory.Threshold);
            var collections = GC.CollectionCount(GC.MaxGeneration);
            Assert.True(StageMemory.Release(job));
            Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections);
            Assert.False(StageMemory.Release(job));
        }
        finally
        {
            StageMemory.Enabled = false;
        }
    }
}
