using System.Text.Json;

namespace ReportForge.Tests.Client;

/// <summary>
/// pdf.js (pdfjs-dist, the engine of Firefox's PDF viewer) as a second, independent reader of our tagged PDF:
/// Client/pdfjs/struct-tree.mjs prints each page's structure tree from <c>page.getStructTree()</c>. Every shipped
/// template's PDF reads with no warning, a language and a tree on every page; the sample and the showcase show
/// headings, a table with header and data cells, lists with labels and bodies, links and (showcase) figures with
/// their alt text. Needs Node.js and <c>npm ci --omit=optional</c> in Client/pdfjs (.ci/run does both).
/// </summary>
[Trait("Category", "Client")]
public sealed class PdfJsClientTests
{
    private static readonly string Folder = Path.Combine(TestPaths.Root, "tests", "ReportForge.Cli.Tests", "Client", "pdfjs");

    public static TheoryData<string> Templates() => TemplateMatrixTests.Templates();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdfjs_reads_a_structure_tree_on_every_page_without_warnings(string template)
    {
        var files = Pdfs(template);
        foreach (var (file, read) in StructTrees(files))
        {
            var name = Path.GetFileName(file);
            Assert.True(read.GetProperty("warnings").GetArrayLength() == 0, $"{name}: pdf.js warned: {read.GetProperty("warnings")}");
            Assert.Matches("^[a-z]{2}(-[A-Z]{2})?$", read.GetProperty("lang").GetString() ?? "");
            foreach (var page in read.GetProperty("pages").EnumerateArray())
            {
                var tree = page.GetProperty("tree");
                Assert.True(tree.ValueKind == JsonValueKind.Object, $"{name}: page {page.GetProperty("page")} has no structure tree");
                Assert.Equal("Document", Assert.Single(tree.GetProperty("children").EnumerateArray()).GetProperty("role").GetString());
            }
        }
    }

    [Theory]
    [InlineData("daily-briefing")]
    [InlineData("showcase")]
    public void Pdfjs_sees_headings_tables_lists_links_and_figures(string template)
    {
        var (file, read) = Assert.Single(StructTrees(Pdfs(template)));
        var nodes = read.GetProperty("pages").EnumerateArray().SelectMany(p => Walk(p.GetProperty("tree"), null)).ToList();
        var roles = nodes.Select(n => n.Role).ToHashSet();
        Assert.Contains("H1", roles);
        Assert.Contains("H2", roles);
        Assert.Contains("Link", roles);
        Assert.Contains(nodes, n => n.Role == "TH" && n.Parent == "TR");
        Assert.Contains(nodes, n => n.Role == "TD" && n.Parent == "TR");
        Assert.Contains(nodes, n => n.Role == "TR" && n.Parent is "Table" or "THead" or "TBody");
        Assert.Contains(nodes, n => n.Role == "LI" && n.Parent == "L");
        Assert.Contains(nodes, n => n.Role == "Lbl" && n.Parent == "LI");
        Assert.Contains(nodes, n => n.Role == "LBody" && n.Parent == "LI");
        if (template == "showcase")
        {
            var figures = nodes.Where(n => n.Role == "Figure").ToList();
            Assert.Equal(["Bar chart: rounds of talks per week, one bar in red", "Hills under a pale sky"], figures.Select(f => f.Alt));
        }
        Assert.True(Path.Exists(file));
    }

    private sealed record Node(string Role, string? Parent, string? Alt);

    private static IEnumerable<Node> Walk(JsonElement element, string? parent)
    {
        if (element.ValueKind != JsonValueKind.Object) yield break;
        var role = element.TryGetProperty("role", out var r) ? r.GetString() : null;
        if (role is not null && role != "Root")
            yield return new Node(role, parent, element.TryGetProperty("alt", out var alt) ? alt.GetString() : null);
        if (!element.TryGetProperty("children", out var children)) yield break;
        foreach (var child in children.EnumerateArray())
        {
            foreach (var node in Walk(child, role)) yield return node;
        }
    }

    private static List<string> Pdfs(string template)
    {
        var output = MatterhornClientTests.Render(TemplateMatrixTests.NotesFor(template), template, pdfA: false);
        return [.. Directory.GetFiles(output, "*.pdf").Order(StringComparer.Ordinal)];
    }

    private static List<(string File, JsonElement Read)> StructTrees(List<string> files)
    {
        var node = ClientTool.Find("node", "nodejs npm", "Node.js");
        Assert.True(Directory.Exists(Path.Combine(Folder, "node_modules", "pdfjs-dist")),
            $"pdfjs-dist is not installed: run `npm ci --omit=optional` in {Folder} (.ci/run does this)");
        var (exit, stdout, stderr) = ClientTool.Run(node, [Path.Combine(Folder, "struct-tree.mjs"), .. files], "pdf.js did not read the PDFs");
        Assert.True(exit == 0, stderr);
        var read = JsonDocument.Parse(stdout).RootElement;
        return [.. files.Select(f => (f, read.GetProperty(f)))];
    }
}
