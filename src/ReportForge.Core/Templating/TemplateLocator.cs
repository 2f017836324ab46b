using ReportForge.Diagnostics;
using ReportForge.IO;

namespace ReportForge.Templating;

/// <summary>
/// Where a template and its files come from. A template is found by name in the folders given (<c>--templates</c>), then
/// <c>templates/</c> under the working folder, then the templates built into the tool; a path to a folder works as a name
/// too. A template's shared files (partials, layouts, schemas, strings) are the <c>_shared</c> folder beside it, else the
/// built-in one. The manifest, the entry and the theme are read from the template's own folder only; the schema, partials
/// and layouts from its own folder, else from its shared folder; strings files from both, its own winning.
/// </summary>
public static class TemplateLocator
{
    /// <summary>The folder name that holds shared partials and layouts beside the templates.</summary>
    public const string SharedFolderName = "_shared";

    private const string ResourcePrefix = "ReportForge.Core.templates/";

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
        if (FindPackage(nameOrPath, searchFolders) is { } source) return TemplatePackage.Load(source);
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
    public static ITemplateSource? Locate(string nameOrPath, IReadOnlyList<string>? searchFolders = null) => FindPackage(nameOrPath, searchFolders);

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
            found[name] = Describe(name, BuiltIn(name));
        return found.Values.OrderBy(t => t.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>The shared partials and layouts built into the tool; a template folder without a <c>_shared</c> beside it uses these.</summary>
    public static ITemplateSource BuiltInShared { get; } = new EmbeddedTemplateSource(typeof(TemplateLocator).Assembly, ResourcePrefix, SharedFolderName);

    /// <summary>The <c>_shared</c> folder beside a template folder, when there is one (and the folder is not itself one).</summary>
    public static string? SharedFolderBeside(string templateRoot)
    {
        var beside = Path.Combine(Path.GetDirectoryName(templateRoot) ?? templateRoot, SharedFolderName);
        return Path.GetFileName(templateRoot) != SharedFolderName && Directory.Exists(beside) ? beside : null;
    }

    /// <summary>Where a template's files are looked for, first to last: its own folder, then its shared one.</summary>
    public static IReadOnlyList<ITemplateSource> SearchOrder(ITemplateSource template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Shared is { } shared ? [template, shared] : [template];
    }

    /// <summary>
    /// Reads a file of a template from the first of its folders (<see cref="SearchOrder"/>) that has it: the read, and the
    /// folder it came from (the template's own when none has it). A file that may not be read stops the search.
    /// </summary>
    public static (FileRead Read, ITemplateSource From) FindFile(ITemplateSource template, string relativePath, ReadLimit limit)
    {
        foreach (var source in SearchOrder(template))
        {
            var read = source.Read(relativePath, limit);
            if (!read.Missing) return (read, source);
        }
        return (FileRead.NotFound, template);
    }

    /// <summary>
    /// The text of a template file from the first of its folders that has it, and how messages name it; null (no error) when
    /// none has it; an error when it may not be read (see <see cref="TemplateFileReading.ReadText"/>).
    /// </summary>
    public static Result<(string Text, string File)?> FindText(ITemplateSource template, string relativePath, string what, SourceLocation? namedAt = null)
    {
        foreach (var source in SearchOrder(template))
        {
            var text = source.ReadText(relativePath, what, namedAt);
            if (!text.Succeeded) return text.Cast<(string, string)?>();
            if (text.Value is not null) return Result<(string, string)?>.Ok((text.Value, source.DisplayPath(relativePath)));
        }
        return Result<(string, string)?>.Ok(null);
    }

    private static (string, string, string) Describe(string name, ITemplateSource source)
    {
        var package = TemplatePackage.Load(source);
        return (name, package.Succeeded ? package.Value.Manifest.Description : "(invalid: " + package.Diagnostics[0].Message + ")", source.Origin);
    }

    private static EmbeddedTemplateSource BuiltIn(string name) =>
        new(typeof(TemplateLocator).Assembly, ResourcePrefix, name, BuiltInShared);

    private static ITemplateSource? FindPackage(string nameOrPath, IReadOnlyList<string>? searchFolders)
    {
        if (File.Exists(Path.Combine(nameOrPath, "template.json"))) return new DirectoryTemplateSource(nameOrPath, BuiltInShared);
        if (nameOrPath.IndexOfAny(['/', '\\']) >= 0 || nameOrPath.Contains("..", StringComparison.Ordinal)) return null;
        foreach (var folder in Folders(searchFolders))
        {
            var candidate = Path.Combine(folder, nameOrPath);
            if (File.Exists(Path.Combine(candidate, "template.json"))) return new DirectoryTemplateSource(candidate, BuiltInShared);
        }
        return BuiltInNames().Contains(nameOrPath) ? BuiltIn(nameOrPath) : null;
    }

    private static IEnumerable<string> Folders(IReadOnlyList<string>? searchFolders) =>
        (searchFolders ?? []).Append("templates");
}
