namespace ReportForge.IO;

/// <summary>
/// The folders a set of files must stay in (a template's folder and <c>templates/_shared</c>, a build manifest's
/// folder). The folders themselves may be symbolic links; they are resolved once, here.
/// </summary>
public sealed class FileRoots
{
    /// <summary>Roots made of <paramref name="folders"/>; <paramref name="description"/> names them in messages.</summary>
    /// <param name="description">How messages name the folders: "the template folder templates/x".</param>
    /// <param name="folders">The folders, relative to the working folder or absolute.</param>
    public FileRoots(string description, params IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        Description = description;
        Folders = folders.Select(f => RealPath.Resolve(f).Path).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>How messages name these folders.</summary>
    public string Description { get; }

    /// <summary>The folders, absolute, with their symbolic links followed.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>True when <paramref name="resolvedPath"/> (absolute, links followed) is one of the folders or inside one.</summary>
    public bool Contains(string resolvedPath) => Folders.Any(folder => RealPath.IsInside(resolvedPath, folder));
}
