using System.Diagnostics;

namespace ReportForge.Output;

/// <summary>Whether a process id belongs to a running process (this one included).</summary>
internal static class RunningProcess
{
    /// <summary>
    /// True when a process with this id runs now. An id reused by an unrelated process answers true too: a scratch file is
    /// then kept a while longer, which is the safe side.
    /// </summary>
    public static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        if (OperatingSystem.IsLinux()) return Directory.Exists($"/proc/{processId}");
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
