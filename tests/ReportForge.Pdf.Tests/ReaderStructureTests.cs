using System.Text;
using System.Text.RegularExpressions;
using ReportForge.Model;
using ReportForge.Theming;
using Reader = ReportForge.Pdf.Tests.StructureTreeTests.StructureReader;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The structure as a screen reader hears it, read back from the saved file: a table split over pages is one Table
/// with its header once, what pagination repeats is an artifact, a callout's title is content, footnotes are Notes
/// their references point at, and page furniture is a pagination artifact of its kind.
/// </summary>
public sealed partial class ReaderStructureTests
{
    private static readonly Theme Showcase = new()
    {
        Watermark = new WatermarkTheme { Text = "DRAFT" },
        Header = new RunningText { Left = "{title}", OnFirstPage = false },
    };

    private static readonly Lazy<(byte[] Bytes, Reader Tree)> Written = new(() =>
    {
        var bytes = PdfReportWriter.Write(ClientTests.Document(), Showcase).Value.Bytes;
        return (bytes, Reader.Read(bytes));
    });

    [Fact]
    public void The_split_table_is_one_table_with_its_header_once_and_its_body_rows_on_several_pages()
    {
        var tree = Written.Value.Tree;
        var table = Assert.Single(tree.Elements, e => e.Tag == "/Table");
        Assert.Equal(["/Caption", "/THead", "/TBody"], tree.Children(table).Select(e => e.Tag));
        var head = tree.Children(table)[1];
        var body = tree.Children(table)[2];

        var headerRow = Assert.Single(tree.Children(head));
        Assert.Equal("/TR", headerRow.Tag);
        Assert.Equal(["/TH", "/TH"], tree.Children(headerRow).Select(e => e.Tag));
        var rows = tree.Children(body);
        Assert.Equal(70, rows.Count);
        Assert.All(rows, r => Assert.Equal(["/TD", "/TD"], tree.Children(r).Select(e => e.Tag)));

        // The rows' cells hold content on at least three pages, all under the one TBody.
        var pages = rows.SelectMany(tree.Children).SelectMany(c => c.Kids).Select(k => k.Page).Distinct().ToList();
        Assert.True(pages.Count >= 3, $"body rows on pages {string.Join(", ", pages.Select(p => p + 1))}");
        // Nowhere else is there a TH: the header rows repeated on later pages are not structure.
        Assert.Equal(2, tree.Elements.Count(e => e.Tag == "/TH"));
        Assert.Single(tree.Elements, e => e.Tag == "/Caption" && ReferenceEquals(e.Parent, table));
        tree.AssertConsistent();
    }

    [Fact]
    public void A_link_and_a_footnote_in_a_repeated_header_are_structure_once()
    {
        var table = Docs.Table(70);
        var header = new TableRow([
            new TableCell([new Link("#end", [new TextRun("Name")]), new FootnoteReference("n", 1)]),
            new TableCell([new TextRun("Value")]),
        ]);
        table = table with { Rows = [header, .. table.Rows.Skip(1)] };
        var document = Docs.Document(table, Docs.H(1, "End", "end")) with { Footnotes = [new Footnote("n", 1, [Docs.Para("The names.")])] };
        var tree = Reader.Read(PdfReportWriter.Write(document, Theme.Default).Value.Bytes);

        Assert.True(tree.Streams.Count >= 3);
        // The repeated header's links (its own and the footnote number's) are left out on later pages: every annotation
        // has its place in the structure.
        var links = tree.Elements.Where(e => e.Tag == "/Link").ToList();
        Assert.Equal(2, links.Count);
        Assert.Equal(2, tree.Links.Count);
        Assert.Equal("/TH", links[0].Parent!.Tag);
        var reference = Assert.Single(tree.Elements, e => e.Tag == "/Reference");
        Assert.Equal("/TH", reference.Parent!.Tag);
        Assert.Same(reference, links[1].Parent);
        Assert.Single(tree.Elements, e => e.Tag == "/Note");
        tree.AssertConsistent();
    }

    [Fact]
    public void A_header_cell_is_scoped_to_its_column()
    {
        var tree = Written.Value.Tree;
        Assert.All(tree.Elements.Where(e => e.Tag == "/TH"), th =>
        {
            var attributes = th.Dictionary.Elements.GetDictionary("/A")!;
            Assert.Equal("/Table", attributes.Elements.GetName("/O"));
            Assert.Equal("/Column", attributes.Elements.GetName("/Scope"));
            Assert.False(th.Dictionary.Elements.ContainsKey("/Alt"));
        });
    }

    [Fact]
    public void The_repeated_header_and_the_continued_caption_are_pagination_artifacts()
    {
        var tree = Written.Value.Tree;
        var body = Assert.Single(tree.Elements, e => e.Tag == "/TBody");
        var pages = tree.Below(body).SelectMany(e => e.Kids).Select(k => k.Page).Distinct().Order().ToList();
        var first = pages[0];
        Assert.Empty(PaginationArtifacts(tree.Streams[first]));
        foreach (var page in pages.Skip(1))
        {
            // One for the "(continued)" caption line, one for the header row: each holds text.
            var artifacts = PaginationArtifacts(tree.Streams[page]);
            Assert.True(artifacts.Count >= 2, $"page {page + 1}: {artifacts.Count} pagination artifacts");
            Assert.All(artifacts, a => Assert.Contains("BT", a));
        }
    }

    [Fact]
    public void A_callout_title_is_a_paragraph_in_the_callout_not_part_of_its_background()
    {
        var tree = Written.Value.Tree;
        var callout = Assert.Single(tree.Elements, e => e.Tag == "/Div");
        var paragraphs = tree.Children(callout);
        Assert.Equal(["/P", "/P"], paragraphs.Select(p => p.Tag));
        Assert.All(paragraphs, p => Assert.Contains(p.Kids, k => k.Mcid >= 0));
        // The title's marked content comes before the body's on the page: it is drawn first.
        Assert.True(paragraphs[0].Kids[0].Mcid < paragraphs[1].Kids[0].Mcid);
    }

    [Fact]
    public void Each_footnote_is_a_note_with_its_own_id_and_each_reference_to_it_a_reference_element()
    {
        var blocks = new List<Block>();
        for (var i = 1; i <= 3; i++)
            blocks.Add(new Paragraph([new TextRun($"Paragraph {i} cites"), new FootnoteReference($"n{i}", i), new TextRun(" and goes on.")]));
        var document = Docs.Document([.. blocks]) with
        {
            Footnotes = [.. Enumerable.Range(1, 3).Select(i => new Footnote($"n{i}", i, [Docs.Para($"Note {i} explains.")]))],
        };
        var bytes = PdfReportWriter.Write(document, Theme.Default).Value.Bytes;
        var tree = Reader.Read(bytes);

        var notes = tree.Elements.Where(e => e.Tag == "/Note").ToList();
        Assert.Equal(["fn-1", "fn-2", "fn-3"], notes.Select(n => n.Dictionary.Elements.GetString("/ID")));
        var references = tree.Elements.Where(e => e.Tag == "/Reference").ToList();
        Assert.Equal(3, references.Count);
        // Each reference is a link to its note: a Link element with the annotation, which leads to the note's place.
        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(bytes), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var names = pdf.Internals.Catalog.Elements.GetDictionary("/Names")!.Elements.GetDictionary("/Dests")!.Elements.GetArray("/Names")!;
        var destinations = Enumerable.Range(0, names.Elements.Count / 2).Select(i => names.Elements.GetString(2 * i)).ToList();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("/P", references[i].Parent!.Tag);
            var link = Assert.Single(tree.Children(references[i]));
            Assert.Equal("/Link", link.Tag);
            Assert.Contains(link.Kids, k => k.Mcid >= 0);
            var annotation = Assert.Single(link.Kids, k => k.Annotation is not null).Annotation!;
            var action = annotation.Elements.GetDictionary("/A")!;
            Assert.Equal($"footnote {i + 1}", action.Elements.GetString("/D"));
            Assert.Contains($"footnote {i + 1}", destinations);
        }
        // The number at the start of the note is the note's, not a reference.
        Assert.All(notes, n => Assert.DoesNotContain(tree.Below(n), e => e.Tag == "/Reference"));
        tree.AssertConsistent();
    }

    [Fact]
    public void Watermark_banner_header_and_footer_are_pagination_artifacts_of_their_kind()
    {
        var tree = Written.Value.Tree;
        Assert.True(tree.Streams.Count >= 4);
        foreach (var (page, stream) in tree.Streams)
        {
            Assert.Contains("/Artifact<</Type/Pagination/Subtype/Watermark>>BDC", stream);
            Assert.Contains("/Artifact<</Type/Pagination/Subtype/Footer>>BDC", stream);
            // The running header is left off the first page; the banner at the top is a header on every page.
            Assert.True(Count(stream, "/Artifact<</Type/Pagination/Subtype/Header>>BDC") == (page == 0 ? 1 : 2), $"page {page + 1}");
            AssertEveryTextMarked(stream, page);
        }
    }

    [Fact]
    public void A_paragraph_broken_at_a_page_foot_is_one_paragraph_with_content_on_both_pages()
    {
        var document = Docs.Document(Docs.Para(Docs.Words(900, "long")));
        var tree = Reader.Read(PdfReportWriter.Write(document, Theme.Default).Value.Bytes);
        // The title block's paragraphs are on the first page; all content on later pages is the long paragraph's.
        var paragraph = Assert.Single(tree.Elements, e => e.Kids.Any(k => k.Page > 0));
        Assert.Equal("/P", paragraph.Tag);
        Assert.True(paragraph.Kids.Select(k => k.Page).Distinct().Count() >= 2);
        // Its /Pg is the first page; the marked content on the next is referenced with its page.
        Assert.Contains(paragraph.Dictionary.Elements.GetArray("/K")!.Elements,
            k => k is PdfSharp.Pdf.PdfDictionary d && d.Elements.GetName("/Type") == "/MCR");
        tree.AssertConsistent();
    }

    [Fact]
    public void No_element_has_an_empty_alternative_text()
    {
        var document = Docs.Document(Docs.Para("A picture:"), new Image(TestImages.Png(40, 20), "", null, ColumnWidth.Auto));
        foreach (var bytes in new[] { Written.Value.Bytes, PdfReportWriter.Write(document, Theme.Default).Value.Bytes })
        {
            var tree = Reader.Read(bytes);
            Assert.DoesNotContain(tree.Elements, e => e.Dictionary.Elements.ContainsKey("/Alt") && string.IsNullOrEmpty(e.Alt));
            Assert.DoesNotContain("/Alt ()", Encoding.Latin1.GetString(bytes));
        }
    }

    // The marked-content sequences /Artifact<</Type/Pagination>> on a page, each with what is inside it.
    private static List<string> PaginationArtifacts(string stream)
    {
        const string begin = "/Artifact<</Type/Pagination>>BDC";
        var found = new List<string>();
        for (var at = stream.IndexOf(begin, StringComparison.Ordinal); at >= 0; at = stream.IndexOf(begin, at + 1, StringComparison.Ordinal))
        {
            var depth = 0;
            foreach (Match op in MarkedContent().Matches(stream, at + begin.Length))
            {
                if (op.Value != "EMC") depth++;
                else if (depth-- == 0)
                {
                    found.Add(stream[(at + begin.Length)..op.Index]);
                    break;
                }
            }
        }
        return found;
    }

    // Every text object is inside marked content: a structure element's or an artifact.
    private static void AssertEveryTextMarked(string stream, int page)
    {
        var depth = 0;
        foreach (Match op in MarkedOrText().Matches(stream))
        {
            switch (op.Value)
            {
                case "BDC" or "BMC": depth++; break;
                case "EMC": depth--; break;
                default: Assert.True(depth > 0, $"page {page + 1}: text at {op.Index} outside marked content"); break;
            }
        }
    }

    private static int Count(string text, string what) => Regex.Matches(text, Regex.Escape(what)).Count;

    [GeneratedRegex(@"(?<![\w/])(BDC|BMC|EMC)(?!\w)")]
    private static partial Regex MarkedContent();

    [GeneratedRegex(@"(?<![\w/])(BDC|BMC|EMC|BT)(?!\w)")]
    private static partial Regex MarkedOrText();
}
