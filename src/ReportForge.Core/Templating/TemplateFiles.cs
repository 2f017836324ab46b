using ReportForge.Diagnostics;
using Scriban;
using Scriban.Parsing;

namespace ReportForge.Templating;

/// <summary>
/// Finds, parses and caches the Scriban files one render uses: the entry, its layout and partials.
/// A partial or layout is looked up in the template's own folder, then in the shared folder
/// (<c>templates/_shared</c>); a name that would leave those folders is an error.
/// </summary>
internal sealed class TemplateFiles(TemplatePackage package, MappedOutput output)
{
    public const string PartialsFolder = "partials";
    public const string LayoutsFolder = "layouts";

    private readonly Dictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    /// <summary>Parses a file's text under the name messages use for it; syntax errors throw.</summary>
    public Template Parse(string text, string file)
    {
        if (_parsed.TryGetValue(file, out var cached)) return cached;
        var template = Template.Parse(text, file);
        if (template.HasErrors)
        {
            throw new TemplateFileException(template.Messages
                .Where(m => m.Type == ParserMessageType.Error)
                .Select(m => new Diagnostic(ErrorCodes.TemplateSyntax, Severity.Error, m.Message, TemplateRenderer.Locate(m.Span, file)))
                .ToList());
        }
        output.AddSource(text, file);
        _parsed[file] = template;
        return template;
    }

    /// <summary>The partial or layout called <paramref name="name"/> (kind is a folder: partials or layouts).</summary>
    public Template Find(string folder, string name, SourceLocation? caller)
    {
        var kind = folder == LayoutsFolder ? "layout" : "partial";
        if (!IsInsideName(name))
        {
            throw Fail(ErrorCodes.TemplateIncludeOutside, caller,
                $"the {kind} name '{name}' leaves the template folder; name a file under {folder}/ of the template or of templates/_shared, without '..' or " +
                    $"a leading '/'");
        }

        var relative = $"{folder}/{name}{(name.EndsWith(".sbn", StringComparison.Ordinal) ? "" : ".sbn")}";
        var found = TemplateLocator.FindText(package.Source, relative, $"the {kind} '{name}'", caller);
        if (!found.Succeeded) throw new TemplateFileException(found.Diagnostics);
        if (found.Value is var (text, file)) return Parse(text, file);

        var looked = string.Join(" and ", TemplateLocator.SearchOrder(package.Source).Select(source => source.DisplayPath(relative)));
        throw Fail(ErrorCodes.TemplateIncludeMissing, caller, $"no {kind} named '{name}' (looked for {looked})");
    }

    private static bool IsInsideName(string name) =>
        name.Length > 0
        && !name.StartsWith('/') && !name.Contains('\\') && !name.Contains(':')
        && name.Split('/').All(segment => segment.Length > 0 && segment != ".." && segment != ".");

    private static TemplateFileException Fail(string code, SourceLocation? caller, string message) =>
        new([new Diagnostic(code, Severity.Error, message, caller)]);
}

/// <summary>A partial or layout could not be used; carries the located diagnostics out of the Scriban evaluation.</summary>
internal sealed class TemplateFileException(IReadOnlyList<Diagnostic> diagnostics) : Exception(diagnostics[0].Message)
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
