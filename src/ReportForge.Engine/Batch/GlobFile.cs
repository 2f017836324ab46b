using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ReportForge.Batch;

/// <summary>A file (or a link that is not followed) as the glob matcher sees it; see <see cref="GlobFolder"/>.</summary>
internal sealed class GlobFile(string fullPath, DirectoryInfoBase parent) : FileInfoBase
{
    public override string Name { get; } = Path.GetFileName(fullPath);

    public override string FullName { get; } = fullPath;

    public override DirectoryInfoBase? ParentDirectory { get; } = parent;
}
