using System.Text.RegularExpressions;

namespace ReportForge.Output;

/// <summary>
/// The hidden files a write leaves beside its target until it is done: <c>.NAME.PID.GUID.tmp</c> (the new bytes) and
/// <c>.NAME.PID.GUID.old</c> (a link to the earlier file, kept while a group of files is replaced). The process id tells a
/// later run whether the writer is still running. The GUID's first half is this process's own random token: a file that
/// carries this process's id but not its token was left by an earlier process that had the same id (in a container,
/// every run is process 1).
/// </summary>
internal static partial class ScratchFile
{
    // The target's name is shortened in the scratch file's, so a target name of up to 255 bytes still gives a valid name.
    private const int NameBytes = 80;

    private static readonly string ProcessToken = Guid.NewGuid().ToString("N")[..16];
    private static long _counter;

    /// <summary>A new temporary file's path beside <paramref name="target"/>.</summary>
    public static string Temp(string target) => Beside(target, "tmp");

    /// <summary>A new backup file's path beside <paramref name="target"/>.</summary>
    public static string Backup(string target) => Beside(target, "old");

    /// <summary>True when <paramref name="fileName"/> is a scratch file's name; <paramref name="processId"/> is its writer's.</summary>
    public static bool TryParse(string fileName, out int processId)
    {
        var match = Pattern().Match(fileName);
        processId = match.Success && int.TryParse(match.Groups["pid"].ValueSpan, out var pid) ? pid : 0;
        return processId > 0;
    }

    /// <summary>True when this process wrote the scratch file <paramref name="fileName"/> (not an earlier one with its id).</summary>
    public static bool IsOwn(string fileName)
    {
        var match = Pattern().Match(fileName);
        return match.Success && match.Groups["pid"].ValueSpan.SequenceEqual(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            && match.Groups["token"].ValueSpan.StartsWith(ProcessToken, StringComparison.Ordinal);
    }

    private static string Beside(string target, string kind)
    {
        var full = Path.GetFullPath(target);
        var name = FileNames.Prefix(Path.GetFileName(full), NameBytes);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{name}.{Environment.ProcessId}.{ProcessToken}{Interlocked.Increment(ref _counter):x16}.{kind}");
    }

    [GeneratedRegex(@"^\..*\.(?<pid>[0-9]{1,10})\.(?<token>[0-9a-f]{32})\.(tmp|old)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
