using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests.Accessibility;

/// <summary>The structure tree's conditions: tables, lists, tables of contents (ISO 32000-1 tables 333, 336, 337), figures, headings, notes.</summary>
internal static class StructureRules
{
    private static readonly HashSet<string> TableRowGroups = ["THead", "TBody", "TFoot"];
    private static readonly HashSet<string> TableChildren = ["TR", "THead", "TBody", "TFoot", "Caption"];
    private static readonly HashSet<string> TocItemChildren = ["Lbl", "Reference", "NonStruct", "P", "TOC"];

    public static void Check(StructureTree tree, List<MatterhornFailure> failures)
    {
        var elements = tree.All.ToList();
        foreach (var e in elements)
        {
            switch (e.Type)
            {
                case "Table":
                    Children(e, TableChildren, "09-004", failures);
                    Scope(e, failures);
                    break;
                case "THead" or "TBody" or "TFoot":
                    Parent(e, ["Table"], "09-004", failures);
                    Children(e, ["TR"], "09-004", failures);
                    break;
                case "TR":
                    Parent(e, ["Table", .. TableRowGroups], "09-004", failures);
                    Children(e, ["TH", "TD"], "09-004", failures);
                    break;
                case "TH" or "TD":
                    Parent(e, ["TR"], "09-004", failures);
                    break;
                case "L":
                    Children(e, ["LI", "Caption"], "09-005", failures);
                    break;
                case "LI":
                    Parent(e, ["L"], "09-005", failures);
                    Children(e, ["Lbl", "LBody"], "09-005", failures);
                    break;
                case "LBody":
                    Parent(e, ["LI"], "09-005", failures);
                    break;
                case "TOC":
                    Children(e, ["TOC", "TOCI"], "09-006", failures);
                    break;
                case "TOCI":
                    Parent(e, ["TOC"], "09-006", failures);
                    Children(e, TocItemChildren, "09-006", failures);
                    break;
                case "Figure":
                    if (IsEmpty(e.Dictionary, "Alt") && IsEmpty(e.Dictionary, "ActualText"))
                        failures.Add(new("13-004", $"a Figure{e.Where} has no alternative text (/Alt or /ActualText is missing or empty)"));
                    break;
            }
        }
        Headings(elements, failures);
        Notes(elements, failures);
    }

    private static void Children(StructElement e, HashSet<string> allowed, string condition, List<MatterhornFailure> failures)
    {
        foreach (var child in e.Children.Where(c => !allowed.Contains(c.Type)))
            Add(failures, condition, $"{e.Type} with a {Named(child)} child (allowed: {string.Join(", ", allowed)})", e.Page);
    }

    private static void Parent(StructElement e, HashSet<string> allowed, string condition, List<MatterhornFailure> failures)
    {
        if (e.Parent is null || !allowed.Contains(e.Parent.Type))
            Add(failures, condition, $"{e.Type} inside {(e.Parent is null ? "no element" : "a " + Named(e.Parent))} (allowed: {string.Join(", ", allowed)})", e.Page);
    }

    // The same fault on many elements (each row of a table, each entry of a contents list) is one line in the log.
    private static void Add(List<MatterhornFailure> failures, string condition, string what, int page)
    {
        var index = failures.FindIndex(f => f is GroupedFailure g && g.Condition == condition && g.What == what);
        var group = index >= 0 ? (GroupedFailure)failures[index] : new GroupedFailure(condition, what);
        if (index < 0) failures.Add(group);
        group.Count++;
        if (page > 0) group.Pages.Add(page);
    }

    private static string Named(StructElement e) => e.Type == e.WrittenType ? e.Type : $"{e.WrittenType} (mapped to {e.Type})";

    // 15-003: without /Headers on the cells, each TH says what it heads with /Scope.
    private static void Scope(StructElement table, List<MatterhornFailure> failures)
    {
        var cells = Cells(table).ToList();
        if (cells.Any(c => Attribute(c, "Headers") is not null)) return;
        var missing = cells.Where(c => c.Type == "TH" && Attribute(c, "Scope") is not NameToken).ToList();
        if (missing.Count > 0)
            failures.Add(new("15-003", $"{missing.Count} TH cell(s) of the Table{table.Where} have no /Scope attribute (and no cell has /Headers)"));
    }

    private static IEnumerable<StructElement> Cells(StructElement e)
    {
        foreach (var child in e.Children)
        {
            if (child.Type is "TH" or "TD") yield return child;
            else if (child.Type != "Table") foreach (var cell in Cells(child)) yield return cell;
        }
    }

    /// <summary>An attribute from the element's /A (one attribute dictionary or an array of them with revision numbers).</summary>
    private static IToken? Attribute(StructElement e, string key)
    {
        if (!e.Dictionary.TryGet(NameToken.Create("A"), out var a)) return null;
        var dictionaries = a switch
        {
            DictionaryToken d => [d],
            ArrayToken array => array.Data.OfType<DictionaryToken>(),
            _ => [],
        };
        return dictionaries.Select(d => d.TryGet(NameToken.Create(key), out var v) ? v : null).FirstOrDefault(v => v is not null);
    }

    private static bool IsEmpty(DictionaryToken dictionary, string key) =>
        !dictionary.TryGet(NameToken.Create(key), out var value) || value switch
        {
            StringToken s => string.IsNullOrWhiteSpace(s.Data),
            HexToken h => h.Memory.Length <= 2 || string.IsNullOrWhiteSpace(h.Data.Trim('\uFEFF')),
            _ => false,
        };

    // 14-002 and 14-003: numbered headings in reading (depth-first) order start at H1 and go down one level at a time.
    private static void Headings(List<StructElement> elements, List<MatterhornFailure> failures)
    {
        var previous = 0;
        foreach (var e in elements)
        {
            if (e.Type is not ("H1" or "H2" or "H3" or "H4" or "H5" or "H6")) continue;
            var level = e.Type[1] - '0';
            if (previous == 0 && level != 1)
                failures.Add(new("14-002", $"the first heading is {e.Type}{e.Where}, not H1"));
            else if (previous > 0 && level > previous + 1)
                failures.Add(new("14-003", $"heading level skipped: H{previous} → {e.Type}{e.Where}"));
            previous = level;
        }
    }

    // 19-003 and 19-004: every Note has an /ID, and no two the same.
    private static void Notes(List<StructElement> elements, List<MatterhornFailure> failures)
    {
        var ids = new Dictionary<string, int>();
        foreach (var e in elements.Where(e => e.Type == "Note"))
        {
            string? id = e.Dictionary.TryGet(NameToken.Create("ID"), out var token) ? token switch
            {
                StringToken s => s.Data,
                HexToken h => h.Data,
                _ => null,
            } : null;
            if (string.IsNullOrEmpty(id)) failures.Add(new("19-003", $"a Note{e.Where} has no /ID"));
            else if (!ids.TryAdd(id, e.Page)) failures.Add(new("19-004", $"a Note{e.Where} has the /ID ({id}) of another Note"));
        }
    }
}
