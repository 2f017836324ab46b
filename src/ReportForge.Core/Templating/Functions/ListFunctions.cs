using System.Collections;
using System.Globalization;
using Scriban.Runtime;

namespace ReportForge.Templating.Functions;

/// <summary>
/// Sorting, grouping and picking items of lists of objects by a field (a name, or a dotted path).
/// <code>
/// {{ for g in group_by quotes "side" }}…{{ g.key }}…{{ for q in g.items }}…{{ end }}{{ end }}
/// {{ for t in sort_by talks "date" }}            → by date, items without one last
/// {{ for t in sort_by talks "date" true }}       → newest first
/// {{ for q in where quotes "talk" item.id }}     → the quotes of one talk
/// {{ (find talks "id" "geneva").title }}         → the first match, or null
/// {{ distinct quotes "side" }}                   → each side once, in first-seen order
/// </code>
/// </summary>
internal static class ListFunctions
{
    public static void Register(ScriptObject target)
    {
        target.Add("sort_by", 1, (list, field, descending) => SortBy(list, ScriptFunctions.Text(field), descending is true));
        target.Add("group_by", (list, field) => GroupBy(list, ScriptFunctions.Text(field)));
        target.Add("where", (list, field, value) => Where(list, ScriptFunctions.Text(field), value));
        target.Add("find", (list, field, value) => Items(list).FirstOrDefault(i => Same(Field(i, ScriptFunctions.Text(field)), value)));
        target.Add("distinct", (list, field) => Distinct(list, ScriptFunctions.Text(field)));
    }

    private static ScriptArray SortBy(object? list, string field, bool descending = false)
    {
        var items = Items(list).ToList();
        var present = items.Where(i => Field(i, field) is not null);
        var sorted = descending
            ? present.OrderByDescending(i => Field(i, field), ValueComparer.Instance)
            : present.OrderBy(i => Field(i, field), ValueComparer.Instance);
        return new ScriptArray(sorted.Concat(items.Where(i => Field(i, field) is null)));
    }

    private static ScriptArray GroupBy(object? list, string field)
    {
        var groups = new ScriptArray();
        foreach (var group in Items(list).GroupBy(i => Key(Field(i, field))))
        {
            var entry = new ScriptObject();
            entry.SetValue("key", Field(group.First(), field), false);
            entry.SetValue("items", new ScriptArray(group), false);
            entry.SetValue("size", group.Count(), false);
            groups.Add(entry);
        }
        return groups;
    }

    private static ScriptArray Where(object? list, string field, object? value) =>
        new(Items(list).Where(i => Same(Field(i, field), value)));

    private static ScriptArray Distinct(object? list, string field) =>
        new(Items(list).Select(i => Field(i, field)).Where(v => v is not null).DistinctBy(Key));

    private static IEnumerable<object?> Items(object? list) => list switch
    {
        null => [],
        string => throw new ArgumentException("expected a list but got text"),
        IEnumerable e => e.Cast<object?>(),
        _ => throw new ArgumentException($"expected a list but got '{list}'"),
    };

    internal static object? Field(object? item, string path)
    {
        var current = item;
        foreach (var name in path.Split('.'))
        {
            if (current is not IScriptObject obj || !obj.TryGetValue(null!, default, name, out current)) return null;
        }
        return current;
    }

    private static string Key(object? value) => value switch
    {
        null => "\0null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool Same(object? a, object? b) => ValueComparer.Instance.Compare(a, b) == 0 && (a is null) == (b is null);

    /// <summary>Numbers by value, text ordinally (so ISO dates sort by date), booleans false first.</summary>
    private sealed class ValueComparer : IComparer<object?>
    {
        public static readonly ValueComparer Instance = new();

        public int Compare(object? x, object? y)
        {
            if (x is null || y is null) return (x is null ? 1 : 0) - (y is null ? 1 : 0);
            if (IsNumber(x) && IsNumber(y)) return Convert.ToDecimal(x, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(y,
                CultureInfo.InvariantCulture));
            if (x is bool bx && y is bool by) return bx.CompareTo(by);
            return string.CompareOrdinal(Key(x), Key(y));
        }

        private static bool IsNumber(object value) => value is int or long or decimal or double or float;
    }
}
