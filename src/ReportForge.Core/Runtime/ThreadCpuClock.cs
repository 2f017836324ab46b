using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReportForge.Runtime;

/// <summary>
/// The CPU time one thread has used since the clock was made, readable from any thread while that thread runs. A busy
/// machine stretches wall-clock time but not CPU time, so limits read from this clock stop the same work on a loaded
/// CI runner as on an idle laptop. Linux: the thread's own POSIX CPU clock (<c>pthread_getcpuclockid</c> and
/// <c>clock_gettime</c>); Windows: <c>GetThreadTimes</c>. Elsewhere (macOS), or when those calls fail, it falls back to
/// wall-clock time since it was made, and <see cref="IsCpuTime"/> says so.
/// </summary>
public sealed partial class ThreadCpuClock : IDisposable
{
    private readonly int _linuxClock;
    private readonly nint _windowsThread;
    private readonly long _startTicks;
    private readonly Stopwatch? _wall;
    private long _lastTicks;

    private ThreadCpuClock()
    {
        if (OperatingSystem.IsLinux() && LinuxClock() is { } clock)
        {
            _linuxClock = clock;
            IsCpuTime = ReadLinux(clock) is not null;
        }
        else if (OperatingSystem.IsWindows())
        {
            _windowsThread = OpenThread(ThreadQueryLimitedInformation, false, GetCurrentThreadId());
            IsCpuTime = _windowsThread != 0 && ReadWindows(_windowsThread) is not null;
        }
        if (!IsCpuTime) _wall = Stopwatch.StartNew();
        else _startTicks = ReadTicks() ?? 0;
    }

    /// <summary>A clock of the calling thread's CPU time, starting at zero now.</summary>
    public static ThreadCpuClock ForCurrentThread() => new();

    /// <summary>False when this platform gives no thread CPU clock and <see cref="Elapsed"/> is wall-clock time.</summary>
    public bool IsCpuTime { get; }

    /// <summary>
    /// CPU time the thread used since the clock was made. Once the thread has ended, the last time read (a thread's
    /// clock cannot be read after it ended).
    /// </summary>
    public TimeSpan Elapsed
    {
        get
        {
            if (_wall is not null) return _wall.Elapsed;
            if (ReadTicks() is { } now) Volatile.Write(ref _lastTicks, Math.Max(now - _startTicks, Volatile.Read(ref _lastTicks)));
            return TimeSpan.FromTicks(Volatile.Read(ref _lastTicks));
        }
    }

    /// <summary>Releases the Windows thread handle; nothing on other platforms.</summary>
    public void Dispose()
    {
        if (_windowsThread != 0) CloseHandle(_windowsThread);
    }

    private long? ReadTicks() => _windowsThread != 0 ? ReadWindows(_windowsThread) : ReadLinux(_linuxClock);

    private static int? LinuxClock()
    {
        try
        {
            return GetCpuClockId(PthreadSelf(), out var clock) == 0 ? clock : null;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static long? ReadLinux(int clock) =>
        ClockGetTime(clock, out var time) == 0 ? time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100 : null;

    private static long? ReadWindows(nint thread) =>
        GetThreadTimes(thread, out _, out _, out var kernel, out var user) ? kernel + user : null;

    // struct timespec: two longs (time_t and long are both the word size on the platforms .NET runs on).
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public nint Seconds;
        public nint Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "pthread_self")]
    private static partial nuint PthreadSelf();

    [LibraryImport("libc", EntryPoint = "pthread_getcpuclockid")]
    private static partial int GetCpuClockId(nuint thread, out int clock);

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    private const uint ThreadQueryLimitedInformation = 0x0800;

    [LibraryImport("kernel32")]
    private static partial uint GetCurrentThreadId();

    [LibraryImport("kernel32")]
    private static partial nint OpenThread(uint access, [MarshalAs(UnmanagedType.Bool)] bool inherit, uint threadId);

    [LibraryImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool GetThreadTimes(nint thread, out long creation, out long exit, out long kernel, out long user);

    [LibraryImport("kernel32")]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseHandle(nint handle);
}
