using System.Text.Json;
using ReportForge.Diagnostics;

namespace ReportForge.Notes;

/// <summary>
/// Finds the highest classification marking anywhere in the notes (the document's and every item's
/// <c>classification</c>), by the template's level order. The template reads the result and cannot lower it.
/// </summary>
public static class Classification
{
    /// <summary>The default levels, lowest first.</summary>
    public static readonly IReadOnlyList<string> DefaultLevels =
        ["UNCLASSIFIED", "OFFICIAL", "OFFICIAL-SENSITIVE", "CONFIDENTIAL", "SECRET", "TOP SECRET"];

    /// <summary>
    /// The highest marking (null when the notes carry none), or an error per unknown marking. An item marked above the
    /// document's own top-level marking is a warning at that item's marking: the banner still shows the highest.
    /// </summary>
    public static Result<string?> Highest(NotesDocument notes, IReadOnlyList<string> levels)
    {
        var errors = new List<Diagnostic>();
        var found = new List<(string Pointer, int Index)>();
        Walk(notes.Root, "", (pointer, value) =>
        {
            var index = IndexOf(levels, value);
            if (index < 0)
            {
                errors.Add(new Diagnostic(ErrorCodes.UnknownClassification, Severity.Error,
                    $"{pointer}: unknown classification '{value}'; the template's levels are {string.Join(", ", levels)}",
                    notes.Locate(pointer)));
            }
            else
            {
                found.Add((pointer, index));
            }
        });
        if (errors.Count > 0) return Result<string?>.Fail(errors);

        var highest = found.Count == 0 ? -1 : found.Max(f => f.Index);
        return Result<string?>.Ok(highest < 0 ? null : levels[highest], AboveDocument(notes, levels, found, highest));
    }

    /// <summary>Index of <paramref name="value"/> among <paramref name="levels"/> (case and surrounding spaces ignored); -1 when none.</summary>
    public static int IndexOf(IReadOnlyList<string> levels, string value)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], value.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
    }

    // The schema promises this check: a nested marking above the document's own is most often a document marked too
    // low, which the banner (the highest) already corrects, so the run goes on and the author is told where.
    private static List<Diagnostic> AboveDocument(NotesDocument notes, IReadOnlyList<string> levels, List<(string Pointer, int Index)> found,
        int highest)
    {
        const string own = "/classification";
        if (found.FindIndex(f => f.Pointer == own) is var at && at < 0) return [];
        var document = found[at].Index;
        return found.Where(f => f.Pointer != own && f.Index > document)
            .Select(f => new Diagnostic(ErrorCodes.ClassificationAboveDocument, Severity.Warning,
                $"{f.Pointer}: the item is marked {levels[f.Index]}, above the document's own marking {levels[document]} ({own}); "
                + $"the banner shows {levels[highest]}, the highest marking; raise the document's marking or lower the item's",
                notes.Locate(f.Pointer)))
            .ToList();
    }

    private static void Walk(JsonElement element, string pointer, Action<string, string> onMarking)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var child = pointer + "/" + JsonPointerMap.Escape(property.Name);
                    if (property.Name == "classification" && property.Value.ValueKind == JsonValueKind.String)
                        onMarking(child, property.Value.GetString()!);
                    else
                        Walk(property.Value, child, onMarking);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Walk(item, pointer + "/" + index++, onMarking);
                break;
        }
    }
}
