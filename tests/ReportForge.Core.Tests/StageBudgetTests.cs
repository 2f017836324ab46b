using System.Diagnostics;
using ReportForge.Runtime;

namespace ReportForge.Tests;

/// <summary>
/// The budgets of a stage, asserted through how the stage ends (never through how long it took: the machine may be
/// busy). Every wait has a generous hang guard only.
/// </summary>
public sealed class StageBudgetTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);

    [Fact]
    public void The_thread_clock_counts_processor_time_not_sleep()
    {
        using var clock = ThreadCpuClock.ForCurrentThread();
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Assert.True(clock.IsCpuTime);
        if (!clock.IsCpuTime) return;
        Thread.Sleep(300);
        // A sleeping thread uses no processor time, however busy the machine is.
        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(250), $"{clock.Elapsed} while asleep");
        var guard = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMilliseconds(30) && guard.Elapsed < HangGuard) SpinOnce();
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(30));
    }

    [Fact]
    public void A_stage_that_checks_its_budget_is_stopped_for_processor_time()
    {
        var outcome = StageThread<int>.Run("test", TimeSpan.FromMilliseconds(50), null, _ =>
        {
            var guard = Stopwatch.StartNew();
            while (guard.Elapsed < HangGuard)
            {
                SpinOnce();
                StageBudget.Check();
            }
            return 1;
        });
        Assert.Equal(StageStop.ProcessorTime, outcome.Stop);
        Assert.Equal(0, outcome.Value);
        Assert.True(outcome.ProcessorTime >= TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void A_stage_that_finishes_past_its_limit_between_checks_is_stopped_at_its_end()
    {
        var outcome = StageThread<int>.Run("test", TimeSpan.FromTicks(1), null, _ =>
        {
            var spent = ThreadCpuClock.ForCurrentThread();
            while (spent.Elapsed < TimeSpan.FromMilliseconds(5)) SpinOnce();
            return 1;
        });
        Assert.Equal(StageStop.ProcessorTime, outcome.Stop);
    }

    [Fact]
    public void A_blocked_stage_is_given_up_at_its_backstop_and_the_caller_goes_on()
    {
        using var gate = new ManualResetEventSlim();
        // Blocked, the stage uses no processor time: only the wall-clock backstop ends the wait.
        var outcome = StageThread<string>.Start("test", TimeSpan.FromSeconds(60), null, _ => { gate.Wait(); return "finished"; },
            backstop: TimeSpan.FromMilliseconds(200)).Wait();
        Assert.Equal(StageStop.Backstop, outcome.Stop);
        Assert.Null(outcome.Value);
        gate.Set();
        Assert.Equal("finished", StageThread<string>.Run("test", TimeSpan.FromSeconds(60), null, _ => "finished").Value);
    }

    [Fact]
    public void A_stage_busy_in_one_call_past_its_processor_time_is_given_up_as_such()
    {
        var release = false;
        try
        {
            // It never checks its budget: the caller stops waiting once it has used its limit and a second more.
            // A backstop as long as the hang guard: on a busy machine the second of processor time may take many of wall-clock time.
            var outcome = StageThread<int>.Start("test", TimeSpan.FromMilliseconds(50), null, _ =>
            {
                var guard = Stopwatch.StartNew();
                while (!Volatile.Read(ref release) && guard.Elapsed < HangGuard) SpinOnce();
                return 1;
            }, backstop: HangGuard).Wait();
            Assert.Equal(StageStop.ProcessorTime, outcome.Stop);
            Assert.True(outcome.ProcessorTime > TimeSpan.FromSeconds(1));
        }
        finally
        {
            Volatile.Write(ref release, true);
        }
    }

    [Fact]
    public void A_report_that_allocates_past_its_limit_is_stopped_at_a_check_and_at_a_stage_end()
    {
        var memory = new JobMemory(8 << 20);
        var checkedOutcome = StageThread<int>.Run("test", TimeSpan.FromSeconds(60), memory, _ =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                GC.KeepAlive(new byte[1 << 16]);
                StageBudget.Check();
            }
            return 1;
        });
        Assert.Equal(StageStop.AllocatedBytes, checkedOutcome.Stop);

        var unchecked_ = StageThread<int>.Run("test", TimeSpan.FromSeconds(60), new JobMemory(1 << 20), _ =>
        {
            for (var i = 0; i < 64; i++) GC.KeepAlive(new byte[1 << 16]);
            return 1;
        });
        Assert.Equal(StageStop.AllocatedBytes, unchecked_.Stop);
        Assert.True(unchecked_.AllocatedBytes >= 64 << 16);
    }

    [Fact]
    public void Running_out_of_heap_ends_the_stage_not_the_process()
    {
        var outcome = StageThread<int>.Run("test", TimeSpan.FromSeconds(60), null, _ => throw new OutOfMemoryException());
        Assert.Equal(StageStop.Heap, outcome.Stop);
    }

    [Fact]
    public void A_bug_in_a_stage_is_rethrown_to_the_caller()
    {
        var stage = StageThread<int>.Start("test", TimeSpan.FromSeconds(60), null, _ => throw new InvalidOperationException("a bug"));
        Assert.Equal("a bug", Assert.Throws<InvalidOperationException>(() => stage.Wait()).Message);
    }

    [Fact]
    public void Without_a_stage_the_check_does_nothing()
    {
        StageBudget.Check();
        Assert.Null(StageBudget.Current);
    }

    [Fact]
    public void Each_stage_counts_only_its_own_thread()
    {
        var memory = new JobMemory(long.MaxValue);
        var outcome = StageThread<long>.Run("test", TimeSpan.FromSeconds(60), memory, budget =>
        {
            for (var i = 0; i < 16; i++) GC.KeepAlive(new byte[1 << 16]);
            return budget.AllocatedHere;
        });
        Assert.True(outcome.Finished);
        Assert.InRange(outcome.Value, 16 << 16, 4 << 20);
        Assert.Equal(outcome.AllocatedBytes, memory.Allocated);
    }

    [Theory]
    [InlineData(0.001, 10)]
    [InlineData(3, 30)]
    [InlineData(60, 600)]
    public void The_backstop_is_ten_times_the_limit_and_at_least_ten_seconds(double limit, double backstop) =>
        Assert.Equal(TimeSpan.FromSeconds(backstop), StageLimits.Backstop(TimeSpan.FromSeconds(limit)));

    private static void SpinOnce()
    {
        var x = 0;
        for (var i = 0; i < 10_000; i++) x += i;
        GC.KeepAlive(x);
    }
}
