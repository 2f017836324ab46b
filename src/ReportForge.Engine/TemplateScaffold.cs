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
        ArgumentNullException.ThrowIfNull(dir);
        if (string.IsNullOrWhiteSpace(dir))
            return Result<IReadOnlyList<string>>.Fail(new Diagnostic(ErrorCodes.InitNoFolder, Severity.Error,
                $"init needs the new template's folder; '{dir}' names none"));
        if (TargetProblem(dir) is { } problem)
            return Result<IReadOnlyList<string>>.Fail(new Diagnostic(ErrorCodes.InitTargetNotEmpty, Severity.Error, problem
                + "; init writes only into a new or empty folder", SourceLocation.OfFile(dir)));

        var createdTarget = !Directory.Exists(dir);
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
            var (read, _) = TemplateLocator.FindFile(source, relative, ReadLimit.Image);
            if (read.Missing) continue;
            if (read.Bytes is not { } bytes) return Result<IReadOnlyList<string>>.Fail(TemplateFileReading.Refusal(read, "the file",
                source.DisplayPath(relative)));
            var target = relative == from.Value.Manifest.Schema ? "schema.json" : relative;
            if (target == "template.sbn") bytes = System.Text.Encoding.UTF8.GetBytes(Guide.Replace("{dir}", dir, StringComparison.Ordinal)
                + System.Text.Encoding.UTF8.GetString(bytes));
            if (target == "template.json") bytes = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(bytes)
                .Replace("\"name\": \"daily-briefing\"", $"\"name\": \"{name}\"", StringComparison.Ordinal)
                .Replace($"\"schema\": \"{from.Value.Manifest.Schema}\"", "\"schema\": \"schema.json\"", StringComparison.Ordinal));
            var path = Path.Combine(dir, target);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                // CreateNew: a file that appeared since the check is never overwritten.
                using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write)) file.Write(bytes);
                written.Add(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Undo(written, dir, createdTarget);
                return Result<IReadOnlyList<string>>.Fail(new Diagnostic(ErrorCodes.InitWriteFailed, Severity.Error,
                    $"cannot write the new template ({e.Message}); what it had written was removed", SourceLocation.OfFile(path)));
            }
        }
        return Result<IReadOnlyList<string>>.Ok(written);
    }

    // Why the target cannot take a new template: it is a link (even a dangling one), a file, or a folder with entries.
    private static string? TargetProblem(string dir)
    {
        var entry = new FileInfo(Path.TrimEndingDirectorySeparator(Path.GetFullPath(dir)));
        if (entry.LinkTarget is { } link) return $"'{dir}' is a symbolic link (to '{link}')";
        if (Directory.Exists(entry.FullName))
            return Directory.EnumerateFileSystemEntries(entry.FullName).Any() ? "the folder is not empty" : null;
        if (entry.Exists) return $"'{dir}' is a file, not a folder";
        return null;
    }

    // Only what this run created is removed: its files, the folders under the target (which was new or empty),
    // and the target itself when it did not exist before.
    private static void Undo(List<string> written, string dir, bool createdTarget)
    {
        try
        {
            foreach (var path in written) File.Delete(path);
            var target = Path.GetFullPath(dir);
            if (!Directory.Exists(target)) return;
            foreach (var folder in Directory.EnumerateDirectories(target, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
                Directory.Delete(folder);
            if (createdTarget) Directory.Delete(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left as it is: the error already says the template could not be written.
        }
    }
}
