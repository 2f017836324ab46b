using Microsoft.Extensions.FileSystemGlobbing.Abstractions;
using ReportForge.IO;

namespace ReportForge.Batch;

/// <summary>
/// A folder under a build manifest's folder as the glob matcher walks it: the entries <see cref="FileTree"/> lists,
/// so no folder is entered twice (a <c>loop -> .</c> ends there) and no link leads the walk out of the manifest's
/// folder. A link that leads out is shown to the matcher as a file: if a pattern matches it, reading it is refused
/// with an error that names it, rather than the file silently not being there.
/// </summary>
internal sealed class GlobFolder : DirectoryInfoBase
{
    private readonly string _realPath;
    private readonly FileRoots _roots;
    private readonly HashSet<string> _entered;
    private readonly GlobFolder? _parent;

    private GlobFolder(string fullPath, string realPath, FileRoots roots, HashSet<string> entered, GlobFolder? parent)
    {
        FullName = fullPath;
        Name = Path.GetFileName(fullPath.TrimEnd(Path.DirectorySeparatorChar));
        _realPath = realPath;
        _roots = roots;
        _entered = entered;
        _parent = parent;
    }

    /// <summary>The top of a walk: <paramref name="folder"/>, whose links must stay inside <paramref name="roots"/>.</summary>
    public static GlobFolder Root(string folder, FileRoots roots) =>
        new(Path.GetFullPath(folder), roots.Folders[0], roots, new HashSet<string>(StringComparer.Ordinal), null);

    public override string Name { get; }

    public override string FullName { get; }

    public override DirectoryInfoBase? ParentDirectory => _parent;

    public override IEnumerable<FileSystemInfoBase> EnumerateFileSystemInfos()
    {
        if (!_entered.Add(_realPath)) return [];
        return FileTree.List(FullName, _roots).Select(Wrap).ToList();
    }

    public override DirectoryInfoBase? GetDirectory(string path)
    {
        if (path == "..") return _parent;
        return FileTree.List(FullName, _roots).Where(e => e.Kind == FileTreeEntryKind.Folder
            && e.RelativePath == path).Select(Wrap).FirstOrDefault() as DirectoryInfoBase;
    }

    public override FileInfoBase? GetFile(string path) =>
        FileTree.List(FullName, _roots).Where(e => e.Kind != FileTreeEntryKind.Folder && e.RelativePath == path).Select(Wrap).FirstOrDefault() as FileInfoBase;

    private FileSystemInfoBase Wrap(FileTreeEntry entry) => entry.Kind == FileTreeEntryKind.Folder
        ? new GlobFolder(entry.FullPath, entry.RealPath, _roots, _entered, this)
        : new GlobFile(entry.FullPath, this);
}
