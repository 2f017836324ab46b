using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace ReportForge.Pdf.Output;

/// <summary>
/// The tagged PDF's structure tree, kept as a few flat arrays while the pages are drawn and written as PDF objects
/// once the file is saved (the repair pass adds them, <see cref="FlateRepair.IAppendix"/>). PDFsharp's own structure builder makes a dictionary object for
/// every element and every
/// marked-content reference and keeps them all to the end: in a 1,000-page report that was 55,000 objects, a third
/// of the drawing time and a sixth of the peak memory. The content streams come out as the builder wrote them:
/// marked-content operators go in as content-stream comments (the one raw write PDFsharp offers) and become
/// operators when the page's content is compressed (<see cref="StripMarkers"/>).
/// </summary>
internal sealed class StructureTree : FlateRepair.IAppendix
{
    /// <summary>How a marked-content operator is written into the content stream until the page ends.</summary>
    private const string Marker = "rf:";

    private static ReadOnlySpan<byte> MarkerLine => "% rf:"u8;

    /// <summary>Where an element's drawing goes, after PDFsharp's categories.</summary>
    public enum Category : byte
    {
        /// <summary>Groups other elements; text drawn in it directly is its content, anything else an artifact.</summary>
        Grouping,
        /// <summary>A paragraph-like element: what is drawn in it is its content.</summary>
        Block,
        /// <summary>An element inside a line (span, link, code).</summary>
        Inline,
        /// <summary>A figure: its content, with alternative text and the bounding box of what is drawn in it.</summary>
        Illustration,
    }

    private struct Element
    {
        public int Parent;
        public string Tag;
        public Category Category;
        public int Page;
        public int FirstKid;
        public int LastKid;
        public string? Alt;
        public string? ActualText;
        // Further keys of the element's dictionary, as written (a header cell's /A, a note's /ID).
        public string? Keys;
    }

    private enum KidKind : byte { Element, MarkedContent, Annotation }

    private struct Kid
    {
        public int Next;
        public KidKind Kind;
        public int Value;
        public int Page;
    }

    // Marked content and decorations are opened by drawing and closed by the next structure call; elements and
    // artifacts are opened and closed by the caller. An element begun inside an artifact (a repeated header row's
    // cells) is no element: it is held as Ignored, and what is drawn in it stays in the artifact.
    private enum ItemKind : byte { Element, MarkedContent, Artifact, Decoration, Ignored }

    private readonly record struct Item(ItemKind Kind, int Element);

    private readonly PdfDictionary _root;
    private readonly List<Element> _elements = [];
    private readonly List<Kid> _kids = [];
    private readonly List<Item> _open = [];
    private readonly List<PdfPage> _pages = [];
    private readonly List<(PdfLinkAnnotation Link, int Element)> _annotations = [];
    // A figure's bounding box in PDF coordinates (left, bottom, right, top), from what is drawn in it on its first page.
    private readonly Dictionary<int, (double Left, double Bottom, double Right, double Top)> _bounds = [];
    // Parent tree: key → a page (its elements by MCID) or an annotation (its element).
    private readonly List<(bool IsPage, int Index)> _keys = [];
    private readonly List<int> _pageKeys = [];
    private readonly List<int> _firstMcid = [];
    private readonly List<int> _mcidOwners = [];
    private XGraphics? _graphics;
    private int _nextMcid;
    private int _artifactDepth;

    /// <summary>Marks the document as tagged and reserves its structure tree root.</summary>
    public StructureTree(PdfDocument document)
    {
        document.ViewerPreferences.DisplayDocTitle = true;
        if (document.IsPdfA)
        {
            // PDFsharp's SetPdfA() starts its own structure builder, which would claim every drawing call: it is let
            // go (this tree does its work), and PDFsharp's PDF/A save adds /MarkInfo itself when the catalog has none.
            UaManagerOf(document) = null;
            document.Internals.Catalog.Elements.Remove("/MarkInfo");
        }
        else
        {
            var markInfo = new PdfDictionary(document);
            document.Internals.AddObject(markInfo);
            markInfo.Elements.SetBoolean("/Marked", true);
            document.Internals.Catalog.Elements.SetReference("/MarkInfo", markInfo);
        }
        // The root is written by PDFsharp with room to spare and filled in after saving, when the numbers of the
        // objects it points to are known (see Complete).
        _root = new PdfDictionary(document);
        document.Internals.AddObject(_root);
        _root.Elements.SetName("/Type", "/StructTreeRoot");
        _root.Elements.SetString(ReservedKey, new string(' ', 96));
        document.Internals.Catalog.Elements.SetReference("/StructTreeRoot", _root);
        _elements.Add(new Element { Parent = -1, Tag = "/Document", Page = -1, FirstKid = -1, LastKid = -1 });
    }

    private const string ReservedKey = "/RFReserved";

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_uaManager")]
    private static extern ref UAManager? UaManagerOf(PdfDocument document);

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("no page begun");

    private int CurrentPage => _pages.Count - 1;

    public void BeginPage(PdfPage page, XGraphics graphics)
    {
        _pages.Add(page);
        _pageKeys.Add(-1);
        _firstMcid.Add(_mcidOwners.Count);
        _graphics = graphics;
        _nextMcid = 0;
        // PDFsharp saves the graphics state (q) for the page's coordinates at the first drawing and restores it (Q)
        // when the page ends: made to happen now, before any marked content begins, that pair encloses all of it.
        graphics.Restore(graphics.Save());
    }

    /// <summary>Closes the page's open marked content; call before its graphics are disposed.</summary>
    public void EndPage()
    {
        EndMarkedContent();
        _graphics = null;
    }

    /// <summary>Opens an element; returns its key for <see cref="Reopen"/> (-1 inside an artifact, where no element opens).</summary>
    public int BeginElement(string tag, Category category, string? alt = null, string? keys = null)
    {
        EndMarkedContent();
        if (_artifactDepth > 0)
        {
            _open.Add(new Item(ItemKind.Ignored, -1));
            return -1;
        }
        var element = AddElement(tag, category);
        ref var e = ref At(element);
        // An empty /Alt tells a reader there is nothing to hear; with none, a checker can tell the text is missing.
        if (!string.IsNullOrEmpty(alt)) e.Alt = alt;
        e.Keys = keys;
        _open.Add(new Item(ItemKind.Element, element));
        return element;
    }

    /// <summary>
    /// Opens again an element begun on an earlier page (a table going on), when its parent is the innermost open
    /// element: what is drawn in it from here joins it, its marked content referenced with its own page. False when it
    /// cannot be (the caller begins a new element).
    /// </summary>
    public bool Reopen(int element)
    {
        if (element <= 0 || element >= _elements.Count || _artifactDepth > 0 || _elements[element].Parent != Innermost()) return false;
        EndMarkedContent();
        _open.Add(new Item(ItemKind.Element, element));
        return true;
    }

    /// <summary>The innermost element reads as <paramref name="text"/> (text drawn otherwise than written).</summary>
    public void SetActualText(string text) => At(Innermost()).ActualText = text;

    /// <summary>A link: its element holds the annotation (added to the page here) and the text drawn until <see cref="End"/>.</summary>
    public void BeginLink(PdfLinkAnnotation link, string altText)
    {
        var element = AddLink(link, altText);
        _open.Add(new Item(element < 0 ? ItemKind.Ignored : ItemKind.Element, element));
    }

    /// <summary>A link with no text of its own (the space between linked words): its element holds only the annotation.</summary>
    public int AddLink(PdfLinkAnnotation link, string altText)
    {
        EndMarkedContent();
        // A link repeated in an artifact (a table's header on a later page) is left out: PDF/UA wants every annotation
        // in the structure, and the link it repeats is there already.
        if (_artifactDepth > 0) return -1;
        var element = AddElement("/Link", Category.Inline);
        link.Elements.SetString("/Contents", altText);
        var page = _pages[CurrentPage];
        page.Annotations.Add(link);
        // Tab order follows the structure on pages with annotations.
        page.Elements.SetName("/Tabs", "/S");
        _annotations.Add((link, element));
        AddKid(element, KidKind.Annotation, _annotations.Count - 1);
        link.Elements.SetInteger("/StructParent", _keys.Count);
        _keys.Add((false, _annotations.Count - 1));
        return element;
    }

    /// <summary>
    /// Opens an artifact; <paramref name="properties"/> (such as <c>/Type/Pagination/Subtype/Header</c>) say what kind,
    /// none is plain layout.
    /// </summary>
    public void BeginArtifact(string? properties = null)
    {
        EndMarkedContent();
        _open.Add(new Item(ItemKind.Artifact, -1));
        _artifactDepth++;
        Open(properties is null ? "/Artifact BMC" : "/Artifact<<" + properties + ">>BDC");
    }

    /// <summary>Ends the innermost element or artifact (and the marked content open in it).</summary>
    public void End()
    {
        while (true)
        {
            if (_open.Count == 0) throw new InvalidOperationException("End without an open element");
            var item = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            if (item.Kind is ItemKind.MarkedContent or ItemKind.Decoration or ItemKind.Artifact) CloseMarkedContent();
            if (item.Kind == ItemKind.Artifact) _artifactDepth--;
            if (item.Kind is ItemKind.Element or ItemKind.Artifact or ItemKind.Ignored) return;
        }
    }

    /// <summary>
    /// Call before anything is drawn: drawing in a block, inline or figure element becomes its marked content. In a
    /// grouping element (a quotation, an aside, the document) text does too, and anything else (a quotation's bar, an
    /// aside's background, an image without alternative text) becomes an artifact: PDFsharp's builder left it
    /// unmarked, which PDF/UA does not allow.
    /// </summary>
    public void BeforeDraw(bool text, string? actualText = null)
    {
        if (_open.Count == 0) throw new InvalidOperationException("drawing outside the document structure of a tagged PDF");
        // Text after a grouping element's decoration (a callout's title over its background) is content again.
        if (text && _open[^1].Kind == ItemKind.Decoration) EndMarkedContent();
        var top = _open[^1];
        if (top.Kind != ItemKind.Element) return;
        if (_elements[top.Element].Category == Category.Grouping && !text)
        {
            _open.Add(new Item(ItemKind.Decoration, -1));
            Open("/Artifact BMC");
            return;
        }
        var element = top.Element;
        var mcid = _nextMcid++;
        _open.Add(new Item(ItemKind.MarkedContent, element));
        // Shaped text's written text also goes on its marked content, where poppler (pdftotext) reads it.
        var written = actualText is null ? "" : " /ActualText " + TextString(actualText);
        Open(_elements[element].Tag + "<</MCID " + mcid.ToString(CultureInfo.InvariantCulture) + written + ">>BDC");
        AddKid(element, KidKind.MarkedContent, mcid);
        if (_pageKeys[CurrentPage] < 0)
        {
            _pageKeys[CurrentPage] = _keys.Count;
            _pages[CurrentPage].Elements.SetInteger("/StructParents", _keys.Count);
            _keys.Add((true, CurrentPage));
        }
        _mcidOwners.Add(element);
    }

    /// <summary>A figure's bounding box grows by what is drawn in it on its first page (PDF coordinates, y up).</summary>
    public void NoteBounds(double left, double bottom, double right, double top)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var element = _open[i].Element;
            if (_open[i].Kind != ItemKind.Element || _elements[element].Category != Category.Illustration) continue;
            if (_elements[element].Page != CurrentPage) return;
            _bounds[element] = _bounds.TryGetValue(element, out var b)
                ? (Math.Min(b.Left, left), Math.Min(b.Bottom, bottom), Math.Max(b.Right, right), Math.Max(b.Top, top))
                : (left, bottom, right, top);
            return;
        }
    }

    private void EndMarkedContent()
    {
        while (_open.Count > 0 && _open[^1].Kind is ItemKind.MarkedContent or ItemKind.Decoration)
        {
            CloseMarkedContent();
            _open.RemoveAt(_open.Count - 1);
        }
    }

    // Marked content begins and ends outside text objects, so each holds whole BT/ET pairs: PDFsharp's builder began
    // it wherever the drawing stood and let a text object end inside it, which the PDF format does not allow.
    private void Open(string op)
    {
        PdfRendererExtensions.BeginGraphicMode(Graphics);
        Write(op);
    }

    private void CloseMarkedContent()
    {
        PdfRendererExtensions.BeginGraphicMode(Graphics);
        Write("EMC");
    }

    private void Write(string op) => Graphics.WriteComment(Marker + op);

    /// <summary>
    /// Writes a marked-content operator into a page's content stream outside any text object, tagged or not (the
    /// page's compression turns the marker into the operator): shaped text's /ActualText span.
    /// </summary>
    public static void WriteOperator(XGraphics graphics, string op)
    {
        PdfRendererExtensions.BeginGraphicMode(graphics);
        graphics.WriteComment(Marker + op);
    }

    private int Innermost()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Kind == ItemKind.Element) return _open[i].Element;
        }
        return 0;
    }

    private int AddElement(string tag, Category category)
    {
        var parent = Innermost();
        _elements.Add(new Element { Parent = parent, Tag = tag, Category = category, Page = -1, FirstKid = -1, LastKid = -1 });
        var element = _elements.Count - 1;
        AddKid(parent, KidKind.Element, element);
        return element;
    }

    private void AddKid(int element, KidKind kind, int value)
    {
        var page = kind == KidKind.Element ? -1 : CurrentPage;
        _kids.Add(new Kid { Next = -1, Kind = kind, Value = value, Page = page });
        var kid = _kids.Count - 1;
        ref var e = ref At(element);
        if (e.LastKid >= 0) CollectionsMarshal.AsSpan(_kids)[e.LastKid].Next = kid;
        else e.FirstKid = kid;
        e.LastKid = kid;
        // An element's /Pg is its first page; content on a later one (a table going on) is referenced with its page.
        if (page >= 0 && e.Page < 0) e.Page = page;
    }

    // The element itself, to change in place (valid until the next element is added).
    private ref Element At(int index) => ref CollectionsMarshal.AsSpan(_elements)[index];

    /// <summary>
    /// Copies a page's content stream to <paramref name="output"/> with the marker comments turned into the operators
    /// they carry. A marker is only ever at the start of a line: PDFsharp ends every operator with a line break.
    /// </summary>
    public static void StripMarkers(ReadOnlySpan<byte> content, Stream output)
    {
        var at = 0;
        while (true)
        {
            var found = content[at..].IndexOf(MarkerLine);
            if (found < 0) break;
            found += at;
            if (found > 0 && content[found - 1] != '\n')
            {
                output.Write(content[at..(found + 1)]);
                at = found + 1;
                continue;
            }
            output.Write(content[at..found]);
            at = found + MarkerLine.Length;
        }
        output.Write(content[at..]);
    }

    private int _firstNumber = -1;

    /// <inheritdoc />
    public int EstimatedSize => _elements.Count * 96 + _mcidOwners.Count * 12 + _keys.Count * 24 + 4096;

    /// <summary>
    /// Once the document is saved (so every PDFsharp object has its number): element i becomes object
    /// <paramref name="firstFree"/> + i and the parent tree the one after them; the reserved root in
    /// <paramref name="pdf"/> is filled in with those numbers.
    /// </summary>
    public int Number(byte[] pdf, int length, int firstFree)
    {
        _firstNumber = firstFree;
        var rootText =
            $"<</Type/StructTreeRoot/K {ElementRef(0)}/ParentTree {Ref(ParentTreeNumber)}/ParentTreeNextKey " +
                $"{_keys.Count.ToString(CultureInfo.InvariantCulture)}>>";
        FillReserved(pdf, length, _root.Reference!.ObjectNumber, rootText);
        return ParentTreeNumber + 1;
    }

    private int ParentTreeNumber => _firstNumber + _elements.Count;

    private static string Ref(int number) => number.ToString(CultureInfo.InvariantCulture) + " 0 R";

    private string ElementRef(int element) => Ref(_firstNumber + element);

    private string PageRef(int page) => Ref(_pages[page].Reference!.ObjectNumber);

    /// <summary>Writes the structure elements and the parent tree, numbered by <see cref="Number"/>.</summary>
    public List<(int Number, long Offset)> Write(Stream output)
    {
        if (_firstNumber < 0) throw new InvalidOperationException("the structure tree was not numbered");
        // Everything written is ASCII (text strings go in hex when they are not), so a character is a byte.
        var text = new StringBuilder(40 * 1024);
        var offsets = new List<(int, long)>(_elements.Count + 1);
        var scratch = new byte[64 * 1024];
        void Flush()
        {
            foreach (var chunk in text.GetChunks())
            {
                if (chunk.Length > scratch.Length) scratch = new byte[chunk.Length];
                output.Write(scratch, 0, Encoding.ASCII.GetBytes(chunk.Span, scratch));
            }
            text.Clear();
        }
        for (var i = 0; i < _elements.Count; i++)
        {
            if (text.Length > 32 * 1024) Flush();
            offsets.Add((_firstNumber + i, output.Position + text.Length));
            var e = _elements[i];
            text.Append((_firstNumber + i).ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n<</Type/StructElem/P ")
                .Append(e.Parent < 0 ? Ref(_root.Reference!.ObjectNumber) : ElementRef(e.Parent)).Append("/S").Append(e.Tag);
            if (e.Page >= 0) text.Append("/Pg ").Append(PageRef(e.Page));
            if (e.Alt is not null) text.Append("/Alt ").Append(TextString(e.Alt));
            if (e.Keys is not null) text.Append(e.Keys);
            if (_bounds.TryGetValue(i, out var b))
            {
                text.Append("/A<</O/Layout/BBox[").Append(Coordinate(b.Left)).Append(' ').Append(Coordinate(b.Bottom)).Append(' ')
                    .Append(Coordinate(b.Right)).Append(' ').Append(Coordinate(b.Top)).Append("]>>");
            }
            if (e.ActualText is not null) text.Append("/ActualText ").Append(TextString(e.ActualText));
            AppendKids(text, e);
            text.Append(">>\nendobj\n");
        }
        offsets.Add((ParentTreeNumber, output.Position + text.Length));
        text.Append(ParentTreeNumber.ToString(CultureInfo.InvariantCulture)).Append(" 0 obj\n<</Nums[");
        for (var key = 0; key < _keys.Count; key++)
        {
            if (text.Length > 32 * 1024) Flush();
            var (isPage, index) = _keys[key];
            text.Append(key.ToString(CultureInfo.InvariantCulture)).Append(' ');
            if (!isPage)
            {
                text.Append(ElementRef(_annotations[index].Element)).Append(' ');
                continue;
            }
            text.Append('[');
            var end = index + 1 < _firstMcid.Count ? _firstMcid[index + 1] : _mcidOwners.Count;
            for (var m = _firstMcid[index]; m < end; m++) text.Append(ElementRef(_mcidOwners[m])).Append(m + 1 < end ? " " : "");
            text.Append("] ");
        }
        text.Append("]>>\nendobj\n");
        Flush();
        return offsets;
    }

    private void AppendKids(StringBuilder text, in Element e)
    {
        if (e.FirstKid < 0) return;
        var single = _kids[e.FirstKid].Next < 0;
        text.Append(single ? "/K " : "/K[");
        for (var k = e.FirstKid; k >= 0; k = _kids[k].Next)
        {
            var kid = _kids[k];
            switch (kid.Kind)
            {
                case KidKind.Element:
                    text.Append(ElementRef(kid.Value));
                    break;
                case KidKind.MarkedContent when kid.Page == e.Page:
                    text.Append(kid.Value.ToString(CultureInfo.InvariantCulture));
                    break;
                case KidKind.MarkedContent:
                    text.Append("<</Type/MCR/Pg ").Append(PageRef(kid.Page)).Append("/MCID ")
                        .Append(kid.Value.ToString(CultureInfo.InvariantCulture)).Append(">>");
                    break;
                case KidKind.Annotation:
                    text.Append("<</Type/OBJR/Obj ").Append(_annotations[kid.Value].Link.Reference!.ObjectNumber.ToString(CultureInfo.InvariantCulture))
                        .Append(" 0 R/Pg ").Append(PageRef(kid.Page)).Append(">>");
                    break;
            }
            if (kid.Next >= 0) text.Append(' ');
        }
        if (!single) text.Append(']');
    }

    // Writes the root's dictionary over the one PDFsharp saved with room reserved, padding with spaces.
    private static void FillReserved(byte[] pdf, int length, int number, string dictionary)
    {
        var span = pdf.AsSpan(0, length);
        var header = Encoding.ASCII.GetBytes("\n" + number.ToString(CultureInfo.InvariantCulture) + " 0 obj");
        var at = span.IndexOf(header);
        var reserved = at < 0 ? -1 : FlateRepair.IndexOf(span, Encoding.ASCII.GetBytes(ReservedKey), at);
        var start = reserved < 0 ? -1 : span[..reserved].LastIndexOf("<<"u8);
        var end = reserved < 0 ? -1 : FlateRepair.IndexOf(span, "endobj"u8, reserved);
        if (start < at || end < 0 || end - start < dictionary.Length + 1)
            throw new InvalidOperationException("the structure tree root's reserved room was not found in the saved file");
        var room = span[start..(end - 1)];
        room.Fill((byte)' ');
        Encoding.ASCII.GetBytes(dictionary, room);
    }

    private static string Coordinate(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A PDF text string: literal when plain ASCII, else UTF-16BE with its byte order mark, in hex.</summary>
    internal static string TextString(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
            return "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)",
                StringComparison.Ordinal) + ")";
        var hex = new StringBuilder(6 + value.Length * 4).Append("<FEFF");
        foreach (var c in value) hex.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        return hex.Append('>').ToString();
    }
}
