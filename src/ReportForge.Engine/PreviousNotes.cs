using ReportForge.Diagnostics;
using ReportForge.Notes;
using ReportForge.Templating;
using ReportForge.Text;

namespace ReportForge;

/// <summary>
/// Reads and checks the previous notes of a request (<c>--since</c>): notes of the template's own schema, else an error
/// in that file (RF2101, at each problem's pointer, line and column); dated after the current notes, a warning (RF2102).
/// </summary>
internal static class PreviousNotes
{
    /// <summary>The previous notes (null when the request names none), with the warnings about them.</summary>
    public static Result<NotesDocument?> Load(ReportRequest request, TemplatePackage package, NotesDocument current)
    {
        if (request.PreviousNotesPath is null && request.PreviousNotesBytes is null) return Result<NotesDocument?>.Ok(null);
        var name = request.PreviousNotesPath ?? "previous notes";
        var read = request.PreviousNotesBytes is { } bytes ? NotesDocument.Parse(bytes, name) : NotesDocument.Load(name);
        if (!read.Succeeded) return Result<NotesDocument?>.Fail(read.Diagnostics.Select(Relabel).ToList());
        var previous = read.Value;
        var violations = package.Schema.Validate(previous);
        if (violations.Count > 0)
            return Result<NotesDocument?>.Fail(violations.Select(v => v with { Code = ErrorCodes.PreviousNotesInvalid,
                Message = $"the previous notes (--since) are not notes of the template '{package.Manifest.Name}': {v.Message}",
                Location = v.Location ?? SourceLocation.OfFile(previous.File) }).ToList());

        if (Foreign(previous, current, package) is { } key)
            return Result<NotesDocument?>.Fail(new Diagnostic(ErrorCodes.PreviousNotesInvalid, Severity.Error,
                $"the previous notes (--since) are not notes of the template '{package.Manifest.Name}': its schema has no field '{key}', " +
                "and these notes have none either; give earlier notes of the same kind", previous.Locate("/" + Escape(key))));

        var warnings = new List<Diagnostic>();
        if (Date(previous) is { } was && Date(current) is { } now && was > now)
            warnings.Add(new Diagnostic(ErrorCodes.PreviousNotesLater, Severity.Warning,
                $"the previous notes (--since) are dated {Iso(was)}, after these notes ({Iso(now)}): the changes run backwards; " +
                "give the notes of an earlier day", previous.Locate("/date")));
        return Result<NotesDocument?>.Ok(previous, warnings);
    }

    /// <summary>
    /// A top-level field of the previous notes that neither the template's schema nor the current notes know: notes of
    /// another template (extra fields are allowed by the schema, so it alone does not tell).
    /// </summary>
    private static string? Foreign(NotesDocument previous, NotesDocument current, TemplatePackage package)
    {
        var declared = package.Schema.Shape.Properties;
        if (declared.Count == 0) return null;
        foreach (var property in previous.Root.EnumerateObject())
        {
            if (declared.ContainsKey(property.Name) || property.Name.StartsWith('$')) continue;
            if (current.Root.ValueKind == System.Text.Json.JsonValueKind.Object && current.Root.TryGetProperty(property.Name, out _)) continue;
            return property.Name;
        }
        return null;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    // A read or JSON error keeps its own code and place; its message says which file it is.
    private static Diagnostic Relabel(Diagnostic d) =>
        d with { Message = $"the previous notes (--since): {d.Message}", Location = d.Location };

    private static DateOnly? Date(NotesDocument notes) =>
        notes.Root.ValueKind == System.Text.Json.JsonValueKind.Object && notes.Root.TryGetProperty("date", out var d)
        && d.ValueKind == System.Text.Json.JsonValueKind.String && IsoDate.TryParse(d.GetString(), out var date)
            ? date
            : null;
}
