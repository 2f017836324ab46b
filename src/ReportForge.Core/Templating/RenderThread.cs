namespace ReportForge.Templating;

/// <summary>
/// Runs a render on a thread of its own. Its stack is large and always the same, so how deep a template may
/// recurse does not depend on the thread that asked (thread-pool threads have small stacks), and Scriban's
/// recursion limit is reached long before the stack is. The caller waits at most until the deadline: Scriban
/// checks the time limit between statements and loop steps, and a single built-in call that outlives it is
/// left to finish on its own thread while the caller gets <paramref name="abandoned"/>'s result.
/// </summary>
internal static class RenderThread
{
    public const int StackSize = 64 * 1024 * 1024;

    /// <summary>How long past the time limit the caller waits for the render to notice it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    public static T Run<T>(Func<T> body, TimeSpan deadline, Func<T> abandoned)
    {
        T? result = default;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var allocated = 0L;
        var thread = new Thread(() =>
        {
            try
            {
                result = body();
                allocated = GC.GetAllocatedBytesForCurrentThread();
            }
            catch (Exception e)
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize)
        {
            IsBackground = true,
            Name = "ReportForge render",
        };
        thread.Start();
        if (!thread.Join(deadline)) return abandoned();
        Runtime.StageMemory.Charge(allocated);
        failure?.Throw();
        return result!;
    }
}
