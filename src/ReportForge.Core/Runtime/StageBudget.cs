using ReportForge.Model;

namespace ReportForge.Runtime;

/// <summary>
/// The budget of the stage running on the current thread (<see cref="StageThread{T}"/> sets it). Long loops of a stage
/// (the layout's pages and blocks, the Word writer's blocks) call <see cref="Check()"/>, which ends the stage with an
/// <see cref="OperationCanceledException"/> once its processor time, its report's allocated bytes or its wall-clock
/// backstop has run out; the stage thread turns that into a <see cref="StageStop"/>. On a thread with no budget (a
/// program calling the PDF or Word writer directly) it does nothing.
/// </summary>
public sealed class StageBudget
{
    [ThreadStatic]
    private static StageBudget? _current;

    private readonly CancellationTokenSource _stop;
    private readonly JobMemory? _memory;
    private long _allocatedAtStart;
    private ThreadCpuClock? _clock;
    private TimeSpan _limit;
    private int _reason;

    internal StageBudget(JobMemory? memory, CancellationToken cancellation)
    {
        _memory = memory;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        _stop.Token.Register(() => Interlocked.CompareExchange(ref _reason, (int)StageStop.Cancelled, 0));
    }

    /// <summary>Cancelled when the stage must stop.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Why the stage was stopped, or <see cref="StageStop.None"/>.</summary>
    public StageStop Reason => (StageStop)Volatile.Read(ref _reason);

    /// <summary>The last block a stage reported reaching: where an error about its budget points.</summary>
    public BlockOrigin? Reached { get; private set; }

    /// <summary>Ends the current thread's stage when its budget has run out; does nothing on a thread without one.</summary>
    public static void Check() => Check(null);

    /// <summary>As <see cref="Check()"/>, and records <paramref name="at"/> (when known) as the place the stage has reached.</summary>
    public static void Check(BlockOrigin? at)
    {
        if (_current is not { } budget) return;
        if (at is not null) budget.Reached = at;
        // The stage's own clock, read here too: a stage shorter than the watching timer's period is held to its limit all the same.
        if (budget._clock is { } clock && clock.Elapsed > budget._limit) budget.Stop(StageStop.ProcessorTime);
        if (budget._memory is { } memory && memory.Allocated + budget.AllocatedHere > memory.Limit) budget.Stop(StageStop.AllocatedBytes);
        budget._stop.Token.ThrowIfCancellationRequested();
    }

    /// <summary>The budget of the stage running on the current thread, if any.</summary>
    public static StageBudget? Current => _current;

    /// <summary>The report's memory account, if it has one.</summary>
    public JobMemory? Memory => _memory;

    /// <summary>Bytes this stage has allocated so far (read on its own thread).</summary>
    public long AllocatedHere => GC.GetAllocatedBytesForCurrentThread() - _allocatedAtStart;

    internal void Stop(StageStop reason)
    {
        Interlocked.CompareExchange(ref _reason, (int)reason, 0);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    internal void Enter(ThreadCpuClock clock, TimeSpan limit)
    {
        _clock = clock;
        _limit = limit;
        _allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        _current = this;
    }

    internal long Leave()
    {
        _current = null;
        _clock = null;
        var allocated = AllocatedHere;
        _memory?.Add(allocated);
        return allocated;
    }
}
