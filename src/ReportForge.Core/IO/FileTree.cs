namespace ReportForge.IO;

/// <summary>
/// Walks folder trees the way <see cref="InputFiles"/> reads files: symbolic links are followed only while they stay
/// inside the roots, and no folder is walked twice, so a link to <c>/usr</c> or a <c>loop -> .</c> cannot make a
/// walk leave the tree, grow huge or go round for ever. Nothing is opened: a FIFO is listed as a file (reading it is
/// refused), and entries the system will not list are left out.
/// </summary>
public static class FileTree
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Every file under <paramref name="folder"/> and every link the walk did not follow, in ordinal order of their
    /// relative paths. Folders reached without a link are walked first, so a file is listed under its own name when a
    /// link to its folder exists too.
    /// </summary>
    /// <param name="folder">The folder to walk.</param>
    /// <param name="roots">The folders links must stay in; null lets them lead anywhere (still never twice to one folder).</param>
    public static IReadOnlyList<FileTreeEntry> Walk(string folder, FileRoots? roots)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new List<FileTreeEntry>();
        var walked = new HashSet<string>(StringComparer.Ordinal);
        var linkedFolders = new Queue<FileTreeEntry>();
        var start = RealPath.Resolve(folder);
        if (start.Type != FileType.Directory) return found;

        void Visit(string full, string real, string relative)
        {
            if (!walked.Add(real)) return;
            foreach (var entry in List(full, real, relative, roots))
            {
                if (entry.Kind != FileTreeEntryKind.Folder) found.Add(entry);
                else if (entry.IsLink) linkedFolders.Enqueue(entry);
                else Visit(entry.FullPath, entry.RealPath, entry.RelativePath + "/");
            }
        }

        Visit(folder, start.Path, "");
        while (linkedFolders.TryDequeue(out var linked)) Visit(linked.FullPath, linked.RealPath, linked.RelativePath + "/");
        found.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return found;
    }

    /// <summary>
    /// The entries of one folder, in ordinal order, for a walker that chooses its own way down (a glob): it should go
    /// into a <see cref="FileTreeEntryKind.Folder"/> only once per <see cref="FileTreeEntry.RealPath"/>.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="roots">The folders links must stay in; null lets them lead anywhere.</param>
    public static IReadOnlyList<FileTreeEntry> List(string folder, FileRoots? roots)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var real = RealPath.Resolve(folder);
        return real.Type == FileType.Directory ? List(folder, real.Path, "", roots) : [];
    }

    private static List<FileTreeEntry> List(string full, string real, string relative, FileRoots? roots)
    {
        var entries = new List<FileTreeEntry>();
        IEnumerable<FileSystemInfo> children;
        try
        {
            children = new DirectoryInfo(full).EnumerateFileSystemInfos("*", OneFolder).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return entries;
        }
        foreach (var child in children)
        {
            var name = relative + child.Name;
            // The attributes come with the listing; only a name marked as a link costs a readlink.
            if ((child.Attributes & FileAttributes.ReparsePoint) == 0 || child.LinkTarget is null)
            {
                var kind = child is DirectoryInfo ? FileTreeEntryKind.Folder : FileTreeEntryKind.File;
                entries.Add(new FileTreeEntry(name, child.FullName, Path.Join(real, child.Name), kind, false));
                continue;
            }
            var target = RealPath.Resolve(child.FullName);
            var linked = target.LinkLoop || target.Type == FileType.Missing ? FileTreeEntryKind.LinkBroken
                : roots is not null && !roots.Contains(target.Path) ? FileTreeEntryKind.LinkOutside
                : target.Type == FileType.Directory ? FileTreeEntryKind.Folder
                : FileTreeEntryKind.File;
            entries.Add(new FileTreeEntry(name, child.FullName, target.Path, linked, true));
        }
        return entries;
    }
}
