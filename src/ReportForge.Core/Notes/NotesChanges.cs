using System.Text.Json;

namespace ReportForge.Notes;

/// <summary>What changed between two notes documents of the talks schema (<see cref="NotesDiff"/>).</summary>
/// <param name="Since">The previous notes' <c>date</c>, or null when they have none.</param>
/// <param name="Lists">Each compared list by its name (<see cref="NotesDiff.ListNames"/>, in that order).</param>
public sealed record NotesChanges(string? Since, IReadOnlyDictionary<string, ListChanges> Lists)
{
    /// <summary>True when any list gained, lost or changed an item.</summary>
    public bool Any => Lists.Values.Any(l => l.Any);
}

/// <summary>The changes of one list: items added (current order), removed (previous order) and changed (current order).</summary>
public sealed record ListChanges(IReadOnlyList<ItemRef> Added, IReadOnlyList<ItemRef> Removed, IReadOnlyList<ItemChange> Changed)
{
    /// <summary>True when an item was added, removed or changed.</summary>
    public bool Any => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0;

    /// <summary>
    /// Next steps whose <c>status</c> became <c>done</c> since the previous notes (they are among <see cref="Changed"/>);
    /// empty for other lists.
    /// </summary>
    public IReadOnlyList<ItemChange> Done { get; init; } = [];
}

/// <summary>An item of a notes list and its index in that list.</summary>
public sealed record ItemRef(int Index, JsonElement Value);

/// <summary>An item found in both notes (by its key) whose fields differ.</summary>
/// <param name="Item">The item in the current notes.</param>
/// <param name="Before">The item in the previous notes.</param>
/// <param name="Fields">The fields that differ, in the current item's order, then fields only the previous item had.</param>
public sealed record ItemChange(ItemRef Item, ItemRef Before, IReadOnlyList<FieldChange> Fields);

/// <summary>
/// One field of a changed item: its value before and after (<c>Undefined</c> when absent). For a list field
/// (participants, notes) <see cref="Added"/> and <see cref="Removed"/> hold the entries only one side has.
/// </summary>
public sealed record FieldChange(string Name, JsonElement Before, JsonElement After, IReadOnlyList<JsonElement> Added, IReadOnlyList<JsonElement> Removed);
