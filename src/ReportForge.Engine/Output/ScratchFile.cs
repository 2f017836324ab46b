using System.Text.RegularExpressions;

namespace ReportForge.Output;

/// <summary>
/// The hidden files a write leaves beside its target until it is done: <c>.NAME.PID.GUID.tmp</c> (the new bytes) and
/// <c>.NAME.PID.GUID.old</c> (a link to the earlier file, kept while a group of files is replaced). The process id tells a
/// later run whether the writer is still running.
/// </summary>
internal static partial class ScratchFile
{
    // The target's name is shortened in the scratch file's, so a target name of up to 255 bytes still gives a valid name.
    private const int NameBytes = 80;

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

    private static string Beside(string target, string kind)
    {
        var full = Path.GetFullPath(target);
        var name = FileNames.Prefix(Path.GetFileName(full), NameBytes);
        return Path.Combine(Path.GetDirectoryName(full)!, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.{kind}");
    }

    [GeneratedRegex(@"^\..*\.(?<pid>[0-9]{1,10})\.[0-9a-f]{32}\.(tmp|old)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
