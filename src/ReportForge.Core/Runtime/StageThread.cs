using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace ReportForge.Runtime;

/// <summary>How a stage ended: what its body returned (default when it threw), why it was stopped if it was, and what it used.</summary>
public sealed record StageOutcome<T>(T? Value, StageStop Stop, TimeSpan ProcessorTime, long AllocatedBytes, Model.BlockOrigin? At)
{
    /// <summary>True when the stage ran to its end (its value may still be a failed result).</summary>
    public bool Finished => Stop == StageStop.None;
}

/// <summary>
/// Runs one stage of a report on a thread of its own, so that its processor time and allocated bytes are its own
/// however many reports run side by side (and behind an async API). Its stack is large and always the same, so how
/// deep a template may recurse does not depend on the thread that asked. A timer reads the thread's CPU clock and
/// stops the stage (through <see cref="StageBudget"/>) past its limit; the stage's checks and its end read it too.
/// Past its backstop (<see cref="StageLimits.Backstop"/>) of wall-clock time the caller stops waiting and leaves the thread (a background thread) to end
/// on its own: that catches a thread blocked on I/O or stuck in one call that never checks its budget.
/// </summary>
public sealed class StageThread<T>
{
    /// <summary>The stage thread's stack size.</summary>
    public const int StackSize = 64 * 1024 * 1024;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    private readonly StageBudget _budget;
    private readonly TimeSpan _limit;
    private readonly TimeSpan _backstop;
    private readonly Stopwatch _wall = Stopwatch.StartNew();
    private readonly Thread _thread;
    private readonly Timer _timer;
    private volatile ThreadCpuClock? _clock;
    private T? _value;
    private ExceptionDispatchInfo? _failure;
    private TimeSpan _used;
    private long _allocated;
    private int _timerDone;

    private StageThread(string name, TimeSpan limit, JobMemory? memory, Func<StageBudget, T> body, CancellationToken cancellation, TimeSpan backstop)
    {
        _limit = limit;
        _backstop = backstop;
        _budget = new StageBudget(memory, cancellation);
        _thread = new Thread(() => RunHere(body), StackSize) { IsBackground = true, Name = "ReportForge " + name };
        _timer = new Timer(_ => Watch(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Starts <paramref name="body"/> on a new thread with <paramref name="limit"/> of processor time and the report's
    /// <paramref name="memory"/>; <paramref name="cancellation"/> stops it early when its result is no longer wanted.
    /// </summary>
    public static StageThread<T> Start(string name, TimeSpan limit, JobMemory? memory, Func<StageBudget, T> body, CancellationToken cancellation = default) =>
        Start(name, limit, memory, body, StageLimits.Backstop(limit), cancellation);

    /// <summary>As <see cref="Start(string, TimeSpan, JobMemory?, Func{StageBudget, T}, CancellationToken)"/> with a backstop of its own (tests).</summary>
    internal static StageThread<T> Start(string name, TimeSpan limit, JobMemory? memory, Func<StageBudget, T> body, TimeSpan backstop,
        CancellationToken cancellation = default)
    {
        var stage = new StageThread<T>(name, limit, memory, body, cancellation, backstop);
        stage._thread.Start();
        stage._timer.Change(Poll, Poll);
        return stage;
    }

    /// <summary>Runs <paramref name="body"/> as a stage and waits for it.</summary>
    public static StageOutcome<T> Run(string name, TimeSpan limit, JobMemory? memory, Func<StageBudget, T> body, CancellationToken cancellation = default) =>
        Start(name, limit, memory, body, cancellation).Wait();

    /// <summary>
    /// Waits until the stage ends, or stops waiting: when the stage, stopped for its processor time, goes on using it
    /// (half its limit more, at least 1 s) without reaching a check; or when its backstop passes. A failure that is a bug (any exception the stage did not
    /// turn into a result, other than being stopped) is rethrown here.
    /// </summary>
    public StageOutcome<T> Wait()
    {
        // The waiting caller watches the clock too: a timer waits for a pool thread, and a busy pool (a build's jobs) delays it.
        bool ended;
        while (!(ended = _thread.Join(Poll)) && _wall.Elapsed < _backstop && !Overran()) Watch();
        StopTimer();
        if (!ended)
        {
            // Past its processor time and still busy (one long call that never checks): the processor-time error, given
            // at once. Otherwise blocked or starved: the backstop.
            var reason = Overran() ? StageStop.ProcessorTime : StageStop.Backstop;
            _budget.Stop(reason);
            return new StageOutcome<T>(default, reason, _clock?.Elapsed ?? TimeSpan.Zero, 0, _budget.Reached);
        }
        var stop = _budget.Reason;
        if (_failure is { SourceException: OperationCanceledException } && stop != StageStop.None) _failure = null;
        if (_failure is { SourceException: OutOfMemoryException })
        {
            _failure = null;
            stop = StageStop.Heap;
        }
        _failure?.Throw();
        // The stage boundary: a stage that finished between its checks may still have gone past its limits.
        if (stop == StageStop.None && _used > _limit) stop = StageStop.ProcessorTime;
        if (stop == StageStop.None && _budget.Memory is { Exceeded: true }) stop = StageStop.AllocatedBytes;
        return new StageOutcome<T>(_value, stop, _used, _allocated, _budget.Reached);
    }

    // Stopped for its processor time, and it has used a good deal more since without reaching a check: read from its
    // own clock, so a busy machine does not make it so.
    private bool Overran() =>
        _budget.Reason == StageStop.ProcessorTime && _clock is { } clock && clock.Elapsed > _limit + OverrunGrace(_limit);

    private static TimeSpan OverrunGrace(TimeSpan limit) => limit / 2 > TimeSpan.FromSeconds(1) ? limit / 2 : TimeSpan.FromSeconds(1);

    private void RunHere(Func<StageBudget, T> body)
    {
        var clock = ThreadCpuClock.ForCurrentThread();
        _clock = clock;
        _budget.Enter(clock, _limit);
        try
        {
            _value = body(_budget);
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _allocated = _budget.Leave();
            _used = clock.Elapsed;
            StopTimer();
            clock.Dispose();
        }
    }

    private void Watch()
    {
        if (Volatile.Read(ref _timerDone) != 0 || !_thread.IsAlive) return;
        if (_clock is { } clock && clock.Elapsed > _limit) _budget.Stop(StageStop.ProcessorTime);
        else if (_wall.Elapsed > _backstop) _budget.Stop(StageStop.Backstop);
    }

    // The clock is read only while its thread runs; a Windows handle is closed once.
    private void StopTimer()
    {
        if (Interlocked.Exchange(ref _timerDone, 1) == 0) _timer.Dispose();
    }
}
