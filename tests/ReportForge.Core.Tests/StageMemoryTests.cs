using ReportForge.Runtime;

namespace ReportForge.Tests;

/// <summary>Memory is handed back after a stage only when the report's threads allocated more than the threshold.</summary>
public sealed class StageMemoryTests
{
    [Fact]
    public void A_small_stage_releases_nothing_and_a_large_one_releases_once()
    {
        RunOnNewThread(() =>
        {
            Allocate(1 << 20);
            Assert.False(StageMemory.Release());

            Allocate(StageMemory.Threshold + (4 << 20));
            var collections = GC.CollectionCount(GC.MaxGeneration);
            Assert.True(StageMemory.Release());
            Assert.True(GC.CollectionCount(GC.MaxGeneration) > collections);
            Assert.False(StageMemory.Release());
        });
    }

    [Fact]
    public void What_a_helper_thread_allocated_counts_once_it_is_charged()
    {
        RunOnNewThread(() =>
        {
            var helped = 0L;
            RunOnNewThread(() =>
            {
                Allocate(StageMemory.Threshold + (4 << 20));
                helped = GC.GetAllocatedBytesForCurrentThread();
            });
            Assert.False(StageMemory.Release());
            StageMemory.Charge(helped);
            Assert.True(StageMemory.Release());
        });
    }

    // Each test on a fresh thread: the account is per thread, so other tests' allocations do not count.
    private static void RunOnNewThread(Action body)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new Xunit.Sdk.XunitException(failure.ToString());
    }

    private static void Allocate(long bytes)
    {
        for (var done = 0L; done < bytes; done += 1 << 16) GC.KeepAlive(new byte[1 << 16]);
    }
}
