using PdfSharp.Pdf.IO;
using ReportForge.Model;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The structure parent tree of a many-page tagged PDF: finished pages' entries are set aside while drawing
/// (PDFsharp looks entries up linearly) and put back before saving, so the tree must come out whole and in order.
/// </summary>
public sealed class ParentTreeTests
{
    [Fact]
    public void Every_page_and_link_has_its_parent_tree_entry_in_key_order()
    {
        var blocks = new List<Block>();
        for (var i = 0; i < 60; i++)
        {
            blocks.Add(Docs.H(2, $"Section {i}", $"s{i}"));
            blocks.Add(new Paragraph([new TextRun(Docs.Words(70, $"p{i}") + " "), new Link("#s0", [new TextRun("back to the start")])]));
        }
        var bytes = PdfReportWriter.Write(Docs.Document([.. blocks]), Theme.Default).Value.Bytes;

        using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        var root = pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        var keys = Enumerable.Range(0, nums.Elements.Count / 2).Select(i => nums.Elements.GetInteger(2 * i)).ToList();

        Assert.True(pdf.PageCount >= 5);
        Assert.Equal(Enumerable.Range(0, keys.Count), keys);
        Assert.Equal(root.Elements.GetInteger("/ParentTreeNextKey"), keys.Count);
        Assert.True(keys.Count > pdf.PageCount, "the links' entries are missing");
        for (var p = 0; p < pdf.PageCount; p++)
            Assert.Contains(pdf.Pages[p].Elements.GetInteger("/StructParents"), keys);
    }
}
