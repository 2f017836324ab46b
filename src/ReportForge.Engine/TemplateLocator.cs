using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Templating;

namespace ReportForge;

/// <summary>
/// Finds a template by name: in the folders given (<c>--templates</c>), then <c>templates/</c> under the
/// working folder, then the templates built into the tool. A path to a folder works as a name too.
/// </summary>
public static class TemplateLocator
{
    private const string ResourcePrefix = "ReportForge.Engine.templates/";

    /// <summary>Finds and loads a template package.</summary>
    public static Result<TemplatePackage> Load(string nameOrPath, IReadOnlyList<string>? searchFolders = null)
    {
        // A folder to search that is not there, or is not a folder (a file, /dev/zero), is a mistake on the command
        // line: ignoring it would render with another template of the same name without a word.
        foreach (var folder in searchFolders ?? [])
        {
            if (folder.Length == 0)
                return Result<TemplatePackage>.Fail(new Diagnostic(ErrorCodes.Usage, Severity.Error, "--templates is an empty string, which names no folder"));
            if (InputFiles.TypeOf(folder) is not FileType.Directory and var type)
                return Result<TemplatePackage>.Fail(new Diagnostic(ErrorCodes.Usage, Severity.Error,
                    type == FileType.Missing ? $"--templates {folder}: no such folder"
                        : $"--templates {folder}: it is {InputFiles.Describe(type)}, not a folder of templates",
                    SourceLocation.OfFile(folder)));
        }
        if (Find(nameOrPath, searchFolders) is { } source) return TemplatePackage.Load(source);
        var known = string.Join(", ", BuiltInNames());
        return Result<TemplatePackage>.Fail(new Diagnostic(ErrorCodes.TemplateNotFound, Severity.Error,
            $"no template named '{nameOrPath}' (looked in {string.Join(", ", Folders(searchFolders))} and the built-in templates: {known})"));
    }

    /// <summary>The names of the templates built into the tool.</summary>
    public static IReadOnlyList<string> BuiltInNames() => typeof(TemplateLocator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith("/template.json", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^"/template.json".Length])
        .Where(n => !n.Contains('/') && !n.StartsWith('_'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Where a template's files are, without loading it; null when there is no such template.</summary>
    public static ITemplateSource? Locate(string nameOrPath, IReadOnlyList<string>? searchFolders = null) => Find(nameOrPath, searchFolders);
    /// <summary>Every template that <c>-t NAME</c> can reach, each once (the first found wins), by name.</summary>
    public static IReadOnlyList<(string Name, string Description, string Origin)> List(IReadOnlyList<string>? searchFolders = null)
    {
        var found = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        foreach (var folder in Folders(searchFolders))
        {
            // One level only: each template's own files are then read inside its folder.
            foreach (var dir in FileTree.List(folder, roots: null).Where(e => e.Kind == FileTreeEntryKind.Folder).Select(e => e.FullPath))
            {
                var name = Path.GetFileName(dir);
                if (name.StartsWith('_') || found.ContainsKey(name) || !File.Exists(Path.Combine(dir, "template.json"))) continue;
                found[name] = Describe(name, new DirectoryTemplateSource(dir, BuiltInShared));
            }
        }
        foreach (var name in BuiltInNames().Where(n => !found.ContainsKey(n)))
            found[name] = Describe(name, new EmbeddedTemplateSource(typeof(TemplateLocator).Assembly, ResourcePrefix, name, BuiltInShared));
        return found.Values.OrderBy(t => t.Item1, StringComparer.Ordinal).ToList();
    }

    private static (string, string, string) Describe(string name, ITemplateSource source)
    {
        var package = TemplatePackage.Load(source);
        return (name, package.Succeeded ? package.Value.Manifest.Description : "(invalid: " + package.Diagnostics[0].Message + ")", source.Origin);
    }

    /// <summary>The shared partials and layouts built into the tool; a template folder without a <c>_shared</c> beside it uses these.</summary>
    public static ITemplateSource BuiltInShared { get; } = new EmbeddedTemplateSource(typeof(TemplateLocator).Assembly, ResourcePrefix,
        DirectoryTemplateSource.SharedFolderName);

    private static ITemplateSource? Find(string nameOrPath, IReadOnlyList<string>? searchFolders)
    {
        if (File.Exists(Path.Combine(nameOrPath, "template.json"))) return new DirectoryTemplateSource(nameOrPath, BuiltInShared);
        if (nameOrPath.IndexOfAny(['/', '\\']) >= 0 || nameOrPath.Contains("..", StringComparison.Ordinal)) return null;
        foreach (var folder in Folders(searchFolders))
        {
            var candidate = Path.Combine(folder, nameOrPath);
            if (File.Exists(Path.Combine(candidate, "template.json"))) return new DirectoryTemplateSource(candidate, BuiltInShared);
        }
        return BuiltInNames().Contains(nameOrPath) ? new EmbeddedTemplateSource(typeof(TemplateLocator).Assembly, ResourcePrefix, nameOrPath, BuiltInShared)
            : null;
    }

    private static IEnumerable<string> Folders(IReadOnlyList<string>? searchFolders) =>
        (searchFolders ?? []).Append("templates");
}
