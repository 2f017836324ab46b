using System.Globalization;
using ReportForge.Diagnostics;

namespace ReportForge.Notes;

/// <summary>
/// A well-formed JSON value the pipeline cannot hold: a string or key with half a surrogate pair (RF1006), a number
/// outside what the schema validator and the template read numbers as (RF1007), or a key given twice in one object
/// (RF1008). Offsets are bytes into the file; <see cref="FirstOffset"/> is where a duplicated key was first given.
/// </summary>
internal sealed record NotesValueProblem(string Code, string Pointer, long Offset, string Message, long? FirstOffset = null)
{
    private const int Shown = 40;

    public static NotesValueProblem Surrogate(string pointer, long offset, string escaped, int at, bool isKey)
    {
        var escape = escaped.Substring(at, Math.Min(6, escaped.Length - at));
        var what = isKey ? "key" : "string";
        return new(ErrorCodes.NotesUnpairedSurrogate, pointer, offset,
            $"{Shorten(pointer)}: the {what} holds {escape}, half of a surrogate pair without its other half; it is no character "
            + "(write the character itself, or both halves such as \\ud83d\\ude00)");
    }

    public static NotesValueProblem Number(string pointer, long offset, string text) =>
        new(ErrorCodes.NotesNumberOutOfRange, pointer, offset,
            $"{Shorten(pointer)}: the number {Shorten(text)} is too {(text.StartsWith('-') ? "far below zero" : "large")}; numbers in notes must lie between " +
                $"-{decimal.MaxValue.ToString(CultureInfo.InvariantCulture)} "
            + "and the same positive (write a larger number as a string)");

    public static NotesValueProblem Duplicate(string pointer, string key, long offset, long first) =>
        new(ErrorCodes.NotesDuplicateKey, pointer, offset, $"{Shorten(pointer)}: the key \"{Shorten(key)}\" is given twice in one object", first);

    private static string Shorten(string text) => text.Length <= Shown
        ? text
        : string.Concat(text.AsSpan(0, Shown), $"… ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)");
}
