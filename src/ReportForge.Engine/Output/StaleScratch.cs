namespace ReportForge.Output;

/// <summary>
/// Removes the scratch files (<see cref="ScratchFile"/>) that runs which ended without cleaning up left in an output
/// folder. Runs only under the folder's lock, after the left-over replace journals are finished; a scratch file whose
/// writer is still running (another output folder's run, or this process) is never touched. One that carries this
/// process's id but that this process did not write is an earlier run's that had the same id, and is removed.
/// </summary>
internal static class StaleScratch
{
    /// <summary>
    /// Sweeps <paramref name="root"/>, and with <paramref name="subfolders"/> the folders under it, except the state folder,
    /// folders reached through a symbolic link and folders that are output folders of their own (they hold a state folder);
    /// returns the paths removed.
    /// </summary>
    public static IReadOnlyList<string> Sweep(string root, bool subfolders)
    {
        var removed = new List<string>();
        var folders = new Stack<string>([root]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (folders.TryPop(out var folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, ".*", options))
            {
                var name = Path.GetFileName(file);
                if (ScratchFile.TryParse(name, out var writer) && !(writer == Environment.ProcessId ? ScratchFile.IsOwn(name)
                    : RunningProcess.IsRunning(writer)))
                {
                    File.Delete(file);
                    removed.Add(file);
                }
            }
            if (!subfolders) continue;
            foreach (var sub in Directory.EnumerateDirectories(folder, "*", options))
            {
                if (Path.GetFileName(sub) == OutputFolder.StateFolderName || new DirectoryInfo(sub).LinkTarget is not null) continue;
                if (Directory.Exists(Path.Combine(sub, OutputFolder.StateFolderName))) continue;
                folders.Push(sub);
            }
        }
        return removed;
    }
}
