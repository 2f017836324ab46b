using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;
using ReportForge.Pdf.Output;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>
/// The structure tree ReportForge writes itself (not PDFsharp's builder): read back from the saved file, every
/// marked-content sequence in a page's content belongs to exactly one element, the parent tree agrees with the
/// elements' kids, links point both ways, and the content streams carry operators, not the markers they began as.
/// </summary>
public sealed partial class StructureTreeTests
{
    private static Theme Theme => new() { Watermark = new WatermarkTheme { Text = "DRAFT" } };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_marked_content_sequence_belongs_to_one_element_and_the_parent_tree_agrees(bool pdfA)
    {
        var bytes = PdfReportWriter.Write(ClientTests.Document(), Theme, new PdfWriterOptions { Standard = pdfA ? ReportForge.Model.PdfStandard.A1a : default }).Value.Bytes;
        var tree = StructureReader.Read(bytes);

        Assert.True(tree.Marked);
        Assert.Equal("en-US", tree.Language);
        Assert.True(tree.Elements.Count > 50);
        string[] expected = ["/Document", "/H1", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table", "/TR", "/TH", "/TD", "/BlockQuote", "/Figure", "/Code", "/Caption", "/Note", "/TOC", "/TOCI", "/Reference", "/Link"];
        Assert.Empty(expected.Except(tree.Elements.Select(e => e.Tag)));
        Assert.NotEmpty(tree.Links);
        tree.AssertConsistent();
    }

    // ISO 32000-1 table 333 (Matterhorn 09-006): a TOC holds only TOC and TOCI; a TOCI only Lbl, Reference, NonStruct, P
    // and TOC. Contents long enough to run onto a second page inside a part's details, with headings below the
    // contents' depth left out.
    [Fact]
    public void The_contents_title_stands_before_the_toc_and_each_entry_holds_a_reference_with_its_link()
    {
        var blocks = new List<Model.Block> { new Model.TableOfContents("In this report", 2) };
        for (var i = 1; i <= 20; i++)
        {
            blocks.Add(Docs.H(1, $"Part {i}", $"p{i}"));
            for (var j = 1; j <= 4; j++) blocks.AddRange([Docs.H(2, $"Detail {i}.{j}", $"d{i}-{j}"), Docs.H(3, $"Deep {i}.{j}", $"x{i}-{j}"), Docs.Para("text")]);
        }
        var tree = StructureReader.Read(PdfReportWriter.Write(Docs.Document([.. blocks]), Theme.Default).Value.Bytes);
        tree.AssertConsistent();
        List<StructureReader.Element> Children(StructureReader.Element e) => [.. tree.Elements.Where(c => ReferenceEquals(c.Parent, e))];

        var tocs = tree.Elements.Where(e => e.Tag == "/TOC").ToList();
        foreach (var toc in tocs)
        {
            Assert.Empty(toc.Kids);
            Assert.NotEmpty(Children(toc));
            Assert.All(Children(toc), c => Assert.Equal("/TOCI", c.Tag));
        }
        foreach (var item in tree.Elements.Where(e => e.Tag == "/TOCI"))
        {
            Assert.Equal("/TOC", item.Parent!.Tag);
            Assert.Empty(item.Kids);
            // An entry's item holds its Reference, then the TOC of the entries under it, if any.
            var tags = Children(item).Select(c => c.Tag).ToList();
            Assert.Contains(string.Join(" ", tags), new[] { "/Reference", "/Reference /TOC" });
        }
        var references = tree.Elements.Where(e => e.Tag == "/Reference").ToList();
        Assert.Equal(100, references.Count);
        var links = new List<PdfDictionary>();
        foreach (var reference in references)
        {
            // The Reference holds the Link (title and annotation) and the page number's text.
            var link = Assert.Single(Children(reference));
            Assert.Equal("/Link", link.Tag);
            Assert.Single(reference.Kids, k => k.Mcid >= 0);
            var annotation = Assert.Single(link.Kids, k => k.Annotation is not null).Annotation!;
            Assert.Contains(link.Kids, k => k.Mcid >= 0);
            Assert.Contains(tree.Links, l => ReferenceEquals(l.Annotation, annotation));
            links.Add(annotation);
        }
        Assert.Equal(100, links.Distinct().Count());

        // Details are nested in their part's item; the contents are one TOC over their pages, and the part whose
        // details run on over the page break is one TOCI with one TOC of them.
        int Depth(StructureReader.Element e) => Ancestors(e).Count(a => a.Tag == "/TOC");
        Assert.Equal(20, references.Count(r => Depth(r) == 1));
        Assert.Equal(80, references.Count(r => Depth(r) == 2));
        Assert.True(references.Select(r => r.Kids[0].Page).Distinct().Count() > 1, "the contents run onto a second page");
        Assert.Single(tocs, t => t.Parent!.Tag != "/TOCI");
        var split = Assert.Single(tocs, t => t.Parent!.Tag == "/TOCI"
            && references.Where(r => Ancestors(r).Contains(t)).Select(r => r.Kids[0].Page).Distinct().Count() == 2);
        Assert.Equal(4, Children(split).Count);

        // The title is the paragraph just before the first TOC, beside it and not in it; no TOC holds a paragraph.
        var first = tocs[0];
        var siblings = Children(first.Parent!);
        var title = siblings[siblings.IndexOf(first) - 1];
        Assert.Equal("/P", title.Tag);
        Assert.Contains(title.Kids, k => k.Mcid >= 0 && k.Page == 0);
        Assert.DoesNotContain(tree.Elements, e => e.Tag == "/P" && Ancestors(e).Any(a => a.Tag == "/TOC"));
    }

    [Fact]
    public void Contents_entries_nest_under_the_nearest_shallower_entry_before_them_whatever_levels_are_skipped()
    {
        var document = Docs.Document(new Model.TableOfContents(null, 3), Docs.H(2, "a"), Docs.H(1, "b"), Docs.H(3, "c"), Docs.H(2, "d"), Docs.H(1, "e"));
        var tree = StructureReader.Read(PdfReportWriter.Write(document, Theme.Default).Value.Bytes);
        tree.AssertConsistent();
        var depths = tree.Elements.Where(e => e.Tag == "/Reference").Select(r => Ancestors(r).Count(a => a.Tag == "/TOC"));
        Assert.Equal([1, 1, 2, 2, 1], depths);
        var b = tree.Elements.Where(e => e.Tag == "/TOCI").ElementAt(1);
        Assert.Equal(2, tree.Elements.Count(e => e.Tag == "/TOCI" && ReferenceEquals(e.Parent?.Parent, b)));
    }

    private static IEnumerable<StructureReader.Element> Ancestors(StructureReader.Element e)
    {
        for (var a = e.Parent; a is not null; a = a.Parent) yield return a;
    }

    [Fact]
    public void A_figure_has_its_alternative_text_and_the_box_its_image_was_drawn_in()
    {
        var tree = StructureReader.Read(PdfReportWriter.Write(ClientTests.Document(), Theme).Value.Bytes);
        var figure = Assert.Single(tree.Elements, e => e.Tag == "/Figure");
        Assert.Equal("A gradient", figure.Alt);
        var box = figure.BBox!;
        Assert.True(box[2] - box[0] > 20 && box[3] - box[1] > 20, $"figure box {string.Join(" ", box)}");
        Assert.True(box[0] >= 0 && box[2] <= 596 && box[1] >= 0 && box[3] <= 842);
    }

    [Fact]
    public void The_document_language_is_the_notes_language_not_english_by_default()
    {
        var document = Docs.Document(Docs.Para("Bonjour.")) with { Metadata = Docs.Metadata() with { Language = "fr-FR" } };
        Assert.Equal("fr-FR", StructureReader.Read(PdfReportWriter.Write(document, Theme.Default).Value.Bytes).Language);
        Assert.Equal("fr-FR", StructureReader.Read(PdfReportWriter.Write(document, Theme.Default, new PdfWriterOptions { Standard = ReportForge.Model.PdfStandard.A1a }).Value.Bytes).Language);
    }

    [Fact]
    public void Text_drawn_otherwise_than_written_keeps_the_written_text_as_actual_text()
    {
        var document = Docs.Document(Docs.Para("Talks in ירושלים went on."));
        var tree = StructureReader.Read(PdfReportWriter.Write(document, Theme.Default).Value.Bytes);
        var span = Assert.Single(tree.Elements, e => e.Tag == "/Span");
        Assert.Equal("Talks in ירושלים went on.", span.ActualText);
        tree.AssertConsistent();
    }

    [Fact]
    public void Markers_are_turned_into_operators_only_at_the_start_of_a_line()
    {
        var content = Encoding.ASCII.GetBytes("% rf:/P<</MCID 0>>BDC\nBT\n(a % rf:x) Tj\nET\n% rf:EMC\n");
        using var output = new MemoryStream();
        StructureTree.StripMarkers(content, output);
        Assert.Equal("/P<</MCID 0>>BDC\nBT\n(a % rf:x) Tj\nET\nEMC\n", Encoding.ASCII.GetString(output.ToArray()));
    }

    [Theory]
    [InlineData("plain (text) \\ here", "(plain \\(text\\) \\\\ here)")]
    [InlineData("é", "<FEFF00E9>")]
    [InlineData("", "()")]
    public void Text_strings_are_literal_when_plain_and_utf16_otherwise(string value, string written) =>
        Assert.Equal(written, StructureTree.TextString(value));

    /// <summary>The structure tree as read back from a saved file.</summary>
    internal sealed record StructureReader(
        bool Marked, string? Language, List<StructureReader.Element> Elements, Dictionary<int, List<string>> PageContent,
        Dictionary<int, PdfItem> ParentTree, List<(int Page, PdfDictionary Annotation)> Links, Dictionary<int, int> PageKeys)
    {
        /// <summary>Each page's content stream, decompressed.</summary>
        public Dictionary<int, string> Streams { get; init; } = [];

        /// <summary>The element's kids that are elements.</summary>
        public List<Element> Children(Element element) => Elements.Where(e => ReferenceEquals(e.Parent, element)).ToList();

        /// <summary>The element and all below it.</summary>
        public IEnumerable<Element> Below(Element element) => Children(element).SelectMany(c => Below(c).Prepend(c));

        public sealed record Kid(int Page, int Mcid, PdfDictionary? Annotation);

        public sealed record Element(PdfDictionary Dictionary, string Tag, Element? Parent, List<Kid> Kids, string? Alt, string? ActualText, double[]? BBox);

        public static StructureReader Read(byte[] bytes)
        {
            using var pdf = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
            var catalog = pdf.Internals.Catalog;
            var pageIndex = Enumerable.Range(0, pdf.PageCount).ToDictionary(i => pdf.Pages[i].Reference!.ObjectNumber);
            var root = catalog.Elements.GetDictionary("/StructTreeRoot")!;
            Assert.Equal("/StructTreeRoot", root.Elements.GetName("/Type"));
            var elements = new List<Element>();
            void Walk(PdfDictionary dictionary, Element? parent)
            {
                Assert.Equal("/StructElem", dictionary.Elements.GetName("/Type"));
                var expectedParent = parent?.Dictionary ?? root;
                Assert.Same(expectedParent, dictionary.Elements.GetDictionary("/P"));
                var page = dictionary.Elements.GetDictionary("/Pg") is { } pg ? pageIndex[pg.Reference!.ObjectNumber] : -1;
                var kids = new List<Kid>();
                var bbox = dictionary.Elements.GetDictionary("/A")?.Elements.GetArray("/BBox") is { } b ? Enumerable.Range(0, 4).Select(b.Elements.GetReal).ToArray() : null;
                var element = new Element(dictionary, dictionary.Elements.GetName("/S"), parent, kids, dictionary.Elements.GetString("/Alt"),
                    dictionary.Elements.ContainsKey("/ActualText") ? dictionary.Elements.GetString("/ActualText") : null, bbox);
                elements.Add(element);
                var k = dictionary.Elements["/K"];
                var items = k is PdfArray array ? array.Elements.ToList() : k is null ? [] : [k];
                foreach (var item in items)
                {
                    var value = item is PdfReference r ? r.Value : item;
                    switch (value)
                    {
                        case PdfInteger mcid:
                            Assert.True(page >= 0, "an MCID kid without /Pg on its element");
                            kids.Add(new Kid(page, mcid.Value, null));
                            break;
                        // Marked content on a page other than the element's /Pg carries its own.
                        case PdfDictionary { } d when d.Elements.GetName("/Type") == "/MCR":
                            kids.Add(new Kid(pageIndex[d.Elements.GetDictionary("/Pg")!.Reference!.ObjectNumber], d.Elements.GetInteger("/MCID"), null));
                            break;
                        case PdfDictionary { } d when d.Elements.GetName("/Type") == "/OBJR":
                            kids.Add(new Kid(pageIndex[d.Elements.GetDictionary("/Pg")!.Reference!.ObjectNumber], -1, d.Elements.GetDictionary("/Obj")));
                            break;
                        case PdfDictionary { } d:
                            Walk(d, element);
                            break;
                        default:
                            Assert.Fail($"unexpected kid {value}");
                            break;
                    }
                }
            }
            Walk(root.Elements.GetDictionary("/K")!, null);

            var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
            var parentTree = new Dictionary<int, PdfItem>();
            for (var i = 0; i < nums.Elements.Count; i += 2) parentTree.Add(nums.Elements.GetInteger(i), nums.Elements[i + 1]);
            Assert.Equal(root.Elements.GetInteger("/ParentTreeNextKey"), parentTree.Count);

            var content = new Dictionary<int, List<string>>();
            var streams = new Dictionary<int, string>();
            var links = new List<(int, PdfDictionary)>();
            var pageKeys = new Dictionary<int, int>();
            for (var p = 0; p < pdf.PageCount; p++)
            {
                var page = pdf.Pages[p];
                if (page.Elements.ContainsKey("/StructParents")) pageKeys[p] = page.Elements.GetInteger("/StructParents");
                var text = new StringBuilder();
                foreach (var item in page.Contents.Elements)
                    text.Append(Encoding.Latin1.GetString(((PdfDictionary)((PdfReference)item).Value).Stream.UnfilteredValue));
                var stream = text.ToString();
                streams[p] = stream;
                Assert.DoesNotContain("% rf:", stream);
                AssertNested(stream, p);
                content[p] = Mcid().Matches(stream).Select(m => m.Groups[1].Value + " " + m.Groups[2].Value).ToList();
                foreach (var annotation in page.Annotations.Elements.Select(a => a is PdfReference r ? r.Value : a).OfType<PdfDictionary>())
                {
                    if (annotation.Elements.GetName("/Subtype") == "/Link") links.Add((p, annotation));
                }
                if (links.Any(l => l.Item1 == p)) Assert.Equal("/S", page.Elements.GetName("/Tabs"));
            }
            return new StructureReader(catalog.Elements.GetDictionary("/MarkInfo")?.Elements.GetBoolean("/Marked") == true,
                catalog.Elements.ContainsKey("/Lang") ? catalog.Elements.GetString("/Lang") : null, elements, content, parentTree, links, pageKeys)
            {
                Streams = streams,
            };
        }

        public void AssertConsistent()
        {
            // Each marked-content sequence in a page belongs to one element, with the element's own tag, and the
            // page's parent-tree entry names that element at the MCID's index.
            var claimed = Elements.SelectMany(e => e.Kids.Where(k => k.Mcid >= 0).Select(k => (Key: (k.Page, k.Mcid), Element: e))).ToList();
            Assert.Equal(claimed.Count, claimed.Select(c => c.Key).Distinct().Count());
            var owner = claimed.ToDictionary(c => c.Key, c => c.Element);
            foreach (var (page, sequences) in PageContent)
            {
                for (var mcid = 0; mcid < sequences.Count; mcid++)
                {
                    Assert.Equal(mcid.ToString(System.Globalization.CultureInfo.InvariantCulture), sequences[mcid].Split(' ')[1]);
                    Assert.True(owner.TryGetValue((page, mcid), out var element), $"page {page + 1}, MCID {mcid}: no element claims it");
                    Assert.Equal(element.Tag, sequences[mcid].Split(' ')[0]);
                    var entry = (PdfArray)(ParentTree[PageKeys[page]] is PdfReference r ? r.Value : ParentTree[PageKeys[page]]);
                    Assert.Equal(sequences.Count, entry.Elements.Count);
                    Assert.Same(element.Dictionary, ((PdfReference)entry.Elements[mcid]).Value);
                }
            }
            Assert.Equal(claimed.Count, PageContent.Values.Sum(s => s.Count));

            // Every link annotation is a kid of a /Link element, and its /StructParent leads back to that element.
            foreach (var (page, annotation) in Links)
            {
                var number = annotation.Reference!.ObjectNumber;
                var objrs = Elements.SelectMany(e => e.Kids).Where(k => k.Mcid < 0).Select(k => k.Annotation?.Reference?.ObjectNumber.ToString() ?? "null").ToList();
                Assert.True(Elements.Count(e => e.Kids.Any(k => k.Annotation?.Reference?.ObjectNumber == number)) == 1, $"annotation {number}; objr: {string.Join(",", objrs)}");
                var element = Assert.Single(Elements, e => e.Kids.Any(k => k.Annotation?.Reference?.ObjectNumber == number));
                Assert.Equal("/Link", element.Tag);
                Assert.Equal(page, element.Kids.Single(k => k.Annotation is not null).Page);
                Assert.Same(element.Dictionary, ((PdfReference)ParentTree[annotation.Elements.GetInteger("/StructParent")]).Value);
                Assert.False(string.IsNullOrEmpty(annotation.Elements.GetString("/Contents")));
            }
        }
    }

    // Marked content, text objects and saved graphics states nest: none ends inside another begun after it.
    private static void AssertNested(string content, int page)
    {
        var plain = Strings().Replace(content, "()");
        var open = new Stack<string>();
        foreach (Match op in Operators().Matches(plain))
        {
            var (opens, closes) = op.Value switch
            {
                "BT" => ("text", null), "ET" => (null, "text"),
                "BDC" or "BMC" => ("marked", null), "EMC" => (null, "marked"),
                "q" => ("state", null), "Q" => (null, "state"),
                _ => ((string?)null, (string?)null),
            };
            if (opens is not null) open.Push(opens);
            else if (closes is not null)
            {
                Assert.True(open.Count > 0 && open.Peek() == closes, $"page {page + 1}: {op.Value} at {op.Index} ends {closes} inside {(open.Count > 0 ? open.Peek() : "nothing")}");
                open.Pop();
            }
        }
        Assert.Empty(open);
    }

    [GeneratedRegex(@"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>")]
    private static partial Regex Strings();

    [GeneratedRegex(@"(?<![\w/])(BT|ET|BDC|BMC|EMC|q|Q)(?!\w)")]
    private static partial Regex Operators();

    [GeneratedRegex(@"(/\w+)\s*<<\s*/MCID\s+(\d+)\s*>>\s*BDC")]
    private static partial Regex Mcid();
}
