using System.Reflection;
using ReportForge.IO;

namespace ReportForge.Templating;

/// <summary>Where a template package's files come from: a folder, or resources built into the tool.</summary>
public interface ITemplateSource
{
    /// <summary>How messages name a file of the package.</summary>
    string DisplayPath(string relativePath);

    /// <summary>
    /// Reads a file of the package within <paramref name="limit"/>: its bytes, or <see cref="FileProblem.Missing"/>, or
    /// why it may not be read (it leads outside the package, is not a regular file, or is too large).
    /// </summary>
    FileRead Read(string relativePath, ReadLimit limit);

    /// <summary>Every file of the package, as relative paths with forward slashes, in ordinal order (links leading out of it are not).</summary>
    IReadOnlyList<string> Files();

    /// <summary>The shared partials and layouts (<c>templates/_shared</c>) this package may use, if any.</summary>
    ITemplateSource? Shared { get; }

    /// <summary>Where the package was found, for listings: a folder, or "built-in".</summary>
    string Origin { get; }
}

/// <summary>A template package in a folder.</summary>
public sealed class DirectoryTemplateSource : ITemplateSource
{
    /// <summary>
    /// A package in <paramref name="root"/>. Its shared files are the <c>_shared</c> folder beside it when there is
    /// one (<see cref="TemplateLocator.SharedFolderBeside"/>), else <paramref name="fallbackShared"/> (the tool's built-in
    /// <c>_shared</c>, for a template kept elsewhere).
    /// </summary>
    public DirectoryTemplateSource(string root, ITemplateSource? fallbackShared = null)
        : this(root, fallbackShared, lookBeside: true)
    {
    }

    private readonly Lazy<FileRoots> _roots;

    private DirectoryTemplateSource(string root, ITemplateSource? fallbackShared, bool lookBeside)
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        Shared = lookBeside && TemplateLocator.SharedFolderBeside(Root) is { } beside
            ? new DirectoryTemplateSource(beside, null, lookBeside: false)
            : fallbackShared;
        // A template's files may lead, through links, anywhere in its own folder or in the _shared folder it uses.
        _roots = new(() => Shared is DirectoryTemplateSource shared
            ? new FileRoots($"the template's folders ({Origin} and {shared.Origin})", Root, shared.Root)
            : new FileRoots($"the template folder ({Origin})", Root));
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public ITemplateSource? Shared { get; }

    /// <inheritdoc />
    public string Origin => DisplayPath(".").TrimEnd('.', '/', '\\') is { Length: > 0 } shown ? shown : ".";

    /// <inheritdoc />
    public string DisplayPath(string relativePath) => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Root, relativePath)).Replace('\\', '/');

    /// <summary>The folders the package's files must stay in: its own, and the <c>_shared</c> folder it uses.</summary>
    public FileRoots Roots => _roots.Value;

    /// <inheritdoc />
    public FileRead Read(string relativePath, ReadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal)
            || !Path.GetFullPath(Path.Combine(Root, relativePath)).StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return FileRead.Failed(FileProblem.OutsideRoot, $"is not a path inside {Roots.Description}");
        }
        return InputFiles.ReadInside(Path.Combine(Root, relativePath), Roots, limit);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Files() => FileTree.Walk(Root, Roots)
        .Where(entry => entry.Kind == FileTreeEntryKind.File)
        .Select(entry => entry.RelativePath)
        .ToList();
}

/// <summary>A template package built into an assembly as resources named <c>{prefix}{name}/{file}</c>.</summary>
public sealed class EmbeddedTemplateSource(Assembly assembly, string resourcePrefix, string name, ITemplateSource? shared = null) : ITemplateSource
{
    /// <inheritdoc />
    public ITemplateSource? Shared { get; } = shared;

    /// <inheritdoc />
    public string Origin => "built-in";

    /// <inheritdoc />
    public string DisplayPath(string relativePath) => $"templates/{name}/{relativePath.Replace('\\', '/')}";

    /// <inheritdoc />
    public FileRead Read(string relativePath, ReadLimit limit)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        ArgumentNullException.ThrowIfNull(limit);
        if (relativePath.Contains("..", StringComparison.Ordinal))
            return FileRead.Failed(FileProblem.OutsideRoot, $"is not a path inside the built-in template {name}");
        using var stream = assembly.GetManifestResourceStream($"{resourcePrefix}{name}/{relativePath.Replace('\\', '/').TrimStart('.', '/')}");
        return stream is null ? FileRead.NotFound : InputFiles.Read(stream, limit);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Files()
    {
        var prefix = $"{resourcePrefix}{name}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => n[prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
