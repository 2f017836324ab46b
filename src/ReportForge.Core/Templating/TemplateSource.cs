using System.Reflection;

namespace ReportForge.Templating;

/// <summary>Where a template package's files come from: a folder, or resources built into the tool.</summary>
public interface ITemplateSource
{
    /// <summary>How messages name a file of the package.</summary>
    string DisplayPath(string relativePath);

    /// <summary>The file's text, or null when the package has no such file.</summary>
    string? ReadText(string relativePath);
}

/// <summary>A template package in a folder.</summary>
public sealed class DirectoryTemplateSource(string root) : ITemplateSource
{
    /// <summary>The folder.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <inheritdoc />
    public string DisplayPath(string relativePath) => Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(Root, relativePath));

    /// <inheritdoc />
    public string? ReadText(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }
}

/// <summary>A template package built into an assembly as resources named <c>{prefix}{name}/{file}</c>.</summary>
public sealed class EmbeddedTemplateSource(Assembly assembly, string resourcePrefix, string name) : ITemplateSource
{
    /// <inheritdoc />
    public string DisplayPath(string relativePath) => $"templates/{name}/{relativePath.Replace('\\', '/')}";

    /// <inheritdoc />
    public string? ReadText(string relativePath)
    {
        using var stream = assembly.GetManifestResourceStream($"{resourcePrefix}{name}/{relativePath.Replace('\\', '/')}");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
