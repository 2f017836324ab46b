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

    /// <summary>The highest marking (null when the notes carry none), or an error per unknown marking.</summary>
    public static Result<string?> Highest(NotesDocument notes, IReadOnlyList<string> levels)
    {
        var errors = new List<Diagnostic>();
        var highest = -1;
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
                highest = Math.Max(highest, index);
            }
        });

        return errors.Count > 0 ? Result<string?>.Fail(errors) : Result<string?>.Ok(highest < 0 ? null : levels[highest]);
    }

    private static int IndexOf(IReadOnlyList<string> levels, string value)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            if (string.Equals(levels[i], value.Trim(), StringComparison.OrdinalIgnoreCase)) return i;
        }
        return -1;
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
