using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace ReportForge.Tests.Accessibility;

/// <summary>A structure element as the checker sees it: its type after the role map, its children and its content.</summary>
internal sealed class StructElement
{
    public required DictionaryToken Dictionary { get; init; }

    public IndirectReference? Reference { get; init; }

    /// <summary>The /S entry as written.</summary>
    public required string WrittenType { get; init; }

    /// <summary>The standard type /S maps to, or /S itself when it maps to none.</summary>
    public string Type { get; set; } = "";

    public StructElement? Parent { get; init; }

    public List<StructElement> Children { get; } = [];

    /// <summary>Marked-content identifiers of this element's own content, with their page (1-based; 0 unknown).</summary>
    public List<(int Page, int Mcid)> Content { get; } = [];

    /// <summary>Objects this element owns through object references (annotations).</summary>
    public List<IndirectReference> Objects { get; } = [];

    /// <summary>The page this element (or its first content) is on; 0 when unknown.</summary>
    public int Page { get; set; }

    public IEnumerable<StructElement> DepthFirst()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.DepthFirst()) yield return descendant;
        }
    }

    public string Where => Page > 0 ? $" on page {Page}" : "";
}

/// <summary>The document's structure tree with its role map and parent tree.</summary>
internal sealed class StructureTree
{
    /// <summary>The structure types of ISO 32000-1 (PDF 1.7), section 14.8.4.</summary>
    public static readonly HashSet<string> StandardTypes =
    [
        "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private",
        "H", "H1", "H2", "H3", "H4", "H5", "H6", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead",
        "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
        "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
    ];

    public List<StructElement> Roots { get; } = [];

    /// <summary>Parent tree: key → its value (an array of elements by MCID for a page, or one element for an annotation).</summary>
    public Dictionary<int, IToken> ParentTree { get; } = [];

    public Dictionary<IndirectReference, StructElement> ByReference { get; } = [];

    public IEnumerable<StructElement> All => Roots.SelectMany(r => r.DepthFirst());

    public static StructureTree Read(MatterhornChecker.Reader reader, List<MatterhornFailure> failures)
    {
        var tree = new StructureTree();
        var root = reader.Dict(reader.Catalog, "StructTreeRoot");
        if (root is null) return tree;
        var roleMap = reader.Dict(root, "RoleMap");
        var visited = new HashSet<IndirectReference>();
        if (root.TryGet(NameToken.Create("K"), out var kids))
        {
            foreach (var kid in Items(kids, reader)) tree.ReadElement(kid, null, reader, visited, 0);
        }
        if (reader.Dict(root, "ParentTree") is { } parentTree) tree.ReadNumberTree(parentTree, reader, 0);
        tree.MapRoles(roleMap, reader, failures);
        return tree;
    }

    private static IEnumerable<IToken> Items(IToken token, MatterhornChecker.Reader reader) =>
        (token is ArrayToken ? token : reader.Resolve(token)) is ArrayToken array ? array.Data : [token];

    private void ReadElement(IToken token, StructElement? parent, MatterhornChecker.Reader reader, HashSet<IndirectReference> visited, int depth)
    {
        var reference = (token as IndirectReferenceToken)?.Data;
        if (depth > 256 || (reference is { } r && !visited.Add(r))) return;
        if (reader.Resolve(token) is not DictionaryToken dictionary || reader.Name(dictionary, "S") is not { } type) return;
        var element = new StructElement
        {
            Dictionary = dictionary, Reference = reference, WrittenType = type, Parent = parent,
            Page = reader.PageNumber(dictionary.TryGet(NameToken.Create("Pg"), out var pg) ? pg : null),
        };
        if (reference is { } key) ByReference[key] = element;
        if (parent is null) Roots.Add(element);
        else parent.Children.Add(element);
        if (!dictionary.TryGet(NameToken.Create("K"), out var kids)) return;
        foreach (var kid in Items(kids, reader))
        {
            switch (reader.Resolve(kid))
            {
                case NumericToken mcid:
                    element.Content.Add((element.Page, mcid.Int));
                    break;
                // /Type is optional in both: a marked-content reference is known by its /MCID, an object reference by its /Obj.
                case DictionaryToken item when item.ContainsKey(NameToken.Create("MCID")):
                    var page = item.TryGet(NameToken.Create("Pg"), out var itemPage) ? reader.PageNumber(itemPage) : element.Page;
                    if (reader.Get(item, "MCID") is NumericToken itemMcid) element.Content.Add((page, itemMcid.Int));
                    break;
                case DictionaryToken item when item.ContainsKey(NameToken.Create("Obj")):
                    if (item.TryGet(NameToken.Create("Obj"), out var obj) && obj is IndirectReferenceToken objReference) element.Objects.Add(objReference.Data);
                    break;
                case DictionaryToken:
                    ReadElement(kid, element, reader, visited, depth + 1);
                    break;
            }
        }
        if (element.Page == 0) element.Page = element.Content.Select(c => c.Page).Concat(element.Children.Select(c => c.Page)).FirstOrDefault(p => p > 0);
    }

    private void ReadNumberTree(DictionaryToken node, MatterhornChecker.Reader reader, int depth)
    {
        if (depth > 32) return;
        if (reader.Get(node, "Nums") is ArrayToken nums)
        {
            for (var i = 0; i + 1 < nums.Length; i += 2)
            {
                if (reader.Resolve(nums[i]) is NumericToken key) ParentTree[key.Int] = nums[i + 1];
            }
        }
        if (reader.Get(node, "Kids") is ArrayToken kids)
        {
            foreach (var kid in kids.Data)
            {
                if (reader.Resolve(kid) is DictionaryToken child) ReadNumberTree(child, reader, depth + 1);
            }
        }
    }

    // Matterhorn 02: every type a standard type or mapped to one, no cycles, no standard type remapped.
    private void MapRoles(DictionaryToken? roleMap, MatterhornChecker.Reader reader, List<MatterhornFailure> failures)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, value) in roleMap?.Data ?? new Dictionary<string, IToken>())
        {
            if (reader.Resolve(value) is NameToken target) map[key] = target.Data;
        }
        foreach (var key in map.Keys.Where(StandardTypes.Contains).Order(StringComparer.Ordinal))
            failures.Add(new("02-003", $"the role map remaps the standard type {key} to {map[key]}"));

        var reported = new HashSet<string>();
        foreach (var element in All)
        {
            element.Type = Standard(element.WrittenType, map, out var problem);
            if (problem is not null && reported.Add(element.WrittenType)) failures.Add(problem);
        }
        foreach (var key in map.Keys.Where(k => !StandardTypes.Contains(k)).Order(StringComparer.Ordinal))
        {
            Standard(key, map, out var problem);
            if (problem is not null && reported.Add(key)) failures.Add(problem);
        }
    }

    private static string Standard(string type, Dictionary<string, string> map, out MatterhornFailure? problem)
    {
        problem = null;
        if (StandardTypes.Contains(type)) return type;
        var seen = new List<string> { type };
        var current = type;
        while (map.TryGetValue(current, out var next))
        {
            if (seen.Contains(next))
            {
                problem = new("02-002", $"the role map is circular: {string.Join(" → ", seen)} → {next}");
                return type;
            }
            seen.Add(next);
            if (StandardTypes.Contains(next)) return next;
            current = next;
        }
        problem = new("02-001", $"the structure type {type} is not standard and the role map does not map it to a standard type"
            + (seen.Count > 1 ? $" ({string.Join(" → ", seen)})" : ""));
        return type;
    }
}
