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
}

/// <summary>A template package in a folder.</summary>
public sealed class DirectoryTemplateSource(string root) : ITemplateSource
{
    /// <summary>The folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public string DisplayPath(string relativePath) => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Root, relativePath));

    /// <inheritdoc />
    public string? ReadText(string relativePath) => Resolve(relativePath) is { } full ? File.ReadAllText(full) : null;

    /// <inheritdoc />
    public byte[]? ReadBytes(string relativePath) => Resolve(relativePath) is { } full ? File.ReadAllBytes(full) : null;

    private string? Resolve(string relativePath)
    {
        if (Path.IsPathRooted(relativePath) || relativePath.Contains(':', StringComparison.Ordinal)) return null;
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? full : null;
    }
}

/// <summary>A template package built into an assembly as resources named <c>{prefix}{name}/{file}</c>.</summary>
public sealed class EmbeddedTemplateSource(Assembly assembly, string resourcePrefix, string name) : ITemplateSource
{
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
}
