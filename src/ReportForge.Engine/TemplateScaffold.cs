using ReportForge.Diagnostics;
using ReportForge.IO;
using ReportForge.Templating;

namespace ReportForge;

/// <summary><c>reportforge init DIR</c>: a new template copied from the built-in daily briefing, commented, that renders at once.</summary>
public static class TemplateScaffold
{
    private const string Guide = """
        {{~ # A new ReportForge template, copied from the daily briefing. Render it with:
            #   reportforge render notes.json -t {dir}
            # How it fits together (docs/templates.md has the whole story):
            # - template.json names this file, the notes schema, the theme, the layout ("base": the title block
            #   before this body and the sources after it, from templates/_shared, built into the tool) and the
            #   parameters users may --set (read them as params.NAME).
            # - Values written in double braces are escaped for the markup; the raw filter writes markup as is.
            # - Fixed words come from strings/en.json (fr.json, de.json…): strings.key or t "key" args.
            # - partial "name" arg renders partials/name.sbn (here or in templates/_shared); it reads arg as $0.
            # - Write control lines (for, if, end) with tildes, on lines of their own, so they leave no blank lines.
            # Check it against the schema with: reportforge lint -t {dir} ~}}

        """;

    /// <summary>Writes the template into <paramref name="dir"/>, which must be missing or empty; returns the files written.</summary>
    public static Result<IReadOnlyList<string>> Init(string dir)
    {
        if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            return Result<IReadOnlyList<string>>.Fail(new Diagnostic(ErrorCodes.InitTargetNotEmpty, Severity.Error, "the folder is not empty; init writes only into a new or empty folder", SourceLocation.OfFile(dir)));

        var from = TemplateLocator.Load("daily-briefing", []);
        if (!from.Succeeded) return from.Cast<IReadOnlyList<string>>();
        var source = from.Value.Source;
        var name = Path.GetFileName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar));
        var written = new List<string>();
        var files = source.Files().ToList();
        // The schema is shared by the shipped templates; a new template gets its own copy to change.
        if (!files.Contains(from.Value.Manifest.Schema)) files.Add(from.Value.Manifest.Schema);
        foreach (var relative in files)
        {
            var read = source.Read(relative, ReadLimit.Image);
            if (read.Missing && source.Shared is { } shared) read = shared.Read(relative, ReadLimit.Image);
            if (read.Missing) continue;
            if (read.Bytes is not { } bytes) return Result<IReadOnlyList<string>>.Fail(TemplateFileReading.Refusal(read, "the file", source.DisplayPath(relative)));
            var target = relative == from.Value.Manifest.Schema ? "schema.json" : relative;
            if (target == "template.sbn") bytes = System.Text.Encoding.UTF8.GetBytes(Guide.Replace("{dir}", dir, StringComparison.Ordinal) + System.Text.Encoding.UTF8.GetString(bytes));
            if (target == "template.json") bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes)
                .Replace("\"name\": \"daily-briefing\"", $"\"name\": \"{name}\"", StringComparison.Ordinal)
                .Replace($"\"schema\": \"{from.Value.Manifest.Schema}\"", "\"schema\": \"schema.json\"", StringComparison.Ordinal));
            var path = Path.Combine(dir, target);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.WriteAllBytes(path, bytes);
            written.Add(path);
        }
        return Result<IReadOnlyList<string>>.Ok(written);
    }
}
