using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// The <c>marking</c> function: the attributes of a <c>::: marking</c> container from a notes item's own
/// <c>classification</c>, so the notes, not the template, decide a block's marking.
/// <code>
/// ::: marking {{ marking talk }}   → ::: marking {level="OFFICIAL-SENSITIVE"}
/// </code>
/// An item without a marking takes the notes' own top-level <c>classification</c>; with neither the container
/// gets <c>{level=""}</c> and its blocks carry no marking.
/// </summary>
internal static class MarkingFunctions
{
    public static void Register(ScriptObject target, string? documentOwn)
    {
        target.Add("marking", item => new RawMarkup($"{{level=\"{MarkupEscape.Attribute(Of(item) ?? documentOwn ?? "")}\"}}"));
    }

    private static string? Of(object? item) =>
        item is ScriptObject notes && notes.TryGetValue("classification", out var value) && value is string marking
            && marking.Trim().Length > 0
            ? marking.Trim()
            : null;
}
