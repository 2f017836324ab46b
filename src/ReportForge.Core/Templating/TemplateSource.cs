using System.Reflection;

namespace ReportForge.Templating;

/// <summary>Where a template package's files come from: a folder, or resources built into the tool.</summary>
public interface ITemplateSource
{
    /// <summary>How messages name a file of the package.</summary>
    string DisplayPath(string relativePath);

    /// <summary>The file's text, or null when the package has no such file.</summary>
    string? ReadText(string relativePath);

    /// <summary>The file's bytes, or null when the package has no such file or the path leaves the package.</summary>
    byte[]? ReadBytes(string relativePath);

    /// <summary>Every file of the package, as relative paths with forward slashes, in ordinal order.</summary>
    IReadOnlyList<string> Files();

    /// <summary>The shared partials and layouts (<c>templates/_shared</c>) this package may use, if any.</summary>
    ITemplateSource? Shared { get; }

    /// <summary>Where the package was found, for listings: a folder, or "built-in".</summary>
    string Origin { get; }
}

/// <summary>A template package in a folder.</summary>
public sealed class DirectoryTemplateSource : ITemplateSource
{
    /// <summary>The folder name that holds shared partials and layouts beside the templates.</summary>
    public const string SharedFolderName = "_shared";

    /// <summary>
    /// A package in <paramref name="root"/>. Its shared files are the <c>_shared</c> folder beside it when there is
    /// one, else <paramref name="fallbackShared"/> (the tool's built-in <c>_shared</c>, for a template kept elsewhere).
    /// </summary>
    public DirectoryTemplateSource(string root, ITemplateSource? fallbackShared = null)
        : this(root, fallbackShared, lookBeside: true)
    {
    }

    private DirectoryTemplateSource(string root, ITemplateSource? fallbackShared, bool lookBeside)
    {
        Root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var beside = Path.Combine(Path.GetDirectoryName(Root) ?? Root, SharedFolderName);
        Shared = lookBeside && Path.GetFileName(Root) != SharedFolderName && Directory.Exists(beside)
            ? new DirectoryTemplateSource(beside, null, lookBeside: false)
            : fallbackShared;
    }

    /// <summary>The folder.</summary>
    public string Root { get; }

    /// <inheritdoc />
    public ITemplateSource? Shared { get; }

    /// <inheritdoc />
    public string Origin => DisplayPath(".").TrimEnd('.', '/', '\\') is { Length: > 0 } shown ? shown : ".";

    /// <inheritdoc />
    public string DisplayPath(string relativePath) => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Root, relativePath)).Replace('\\', '/');

    /// <inheritdoc />
    public string? ReadText(string relativePath) => Resolve(relativePath) is { } full ? File.ReadAllText(full) : null;

    /// <inheritdoc />
    public byte[]? ReadBytes(string relativePath) => Resolve(relativePath) is { } full ? File.ReadAllBytes(full) : null;

    /// <inheritdoc />
    public IReadOnlyList<string> Files() => Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    private string? Resolve(string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal)) return null;
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }
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
    public string? ReadText(string relativePath) => ReadBytes(relativePath) is { } bytes ? new StreamReader(new MemoryStream(bytes)).ReadToEnd() : null;

    /// <inheritdoc />
    public byte[]? ReadBytes(string relativePath)
    {
        if (relativePath.Contains("..", StringComparison.Ordinal)) return null;
        using var stream = assembly.GetManifestResourceStream($"{resourcePrefix}{name}/{relativePath.Replace('\\', '/').TrimStart('.', '/')}");
        if (stream is null) return null;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
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
