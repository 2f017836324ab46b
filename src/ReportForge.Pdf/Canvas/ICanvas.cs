using ReportForge.Model;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Canvas;

/// <summary>Kinds of tagged structure elements the layout opens around what it draws.</summary>
public enum StructureKind
{
    /// <summary>A heading; the level is passed alongside.</summary>
    Heading,
    /// <summary>A paragraph.</summary>
    Paragraph,
    /// <summary>A list.</summary>
    List,
    /// <summary>A list item.</summary>
    ListItem,
    /// <summary>A list item's label (bullet or number).</summary>
    ListLabel,
    /// <summary>A list item's body.</summary>
    ListBody,
    /// <summary>A table.</summary>
    Table,
    /// <summary>A table row.</summary>
    TableRow,
    /// <summary>A header cell.</summary>
    TableHeaderCell,
    /// <summary>A data cell.</summary>
    TableCell,
    /// <summary>A block quotation.</summary>
    BlockQuote,
    /// <summary>A figure or aside.</summary>
    Figure,
    /// <summary>Preformatted code.</summary>
    Code,
    /// <summary>A caption of a table or figure.</summary>
    Caption,
    /// <summary>A footnote at the foot of a page.</summary>
    Note,
    /// <summary>A table of contents.</summary>
    TableOfContents,
    /// <summary>One entry of a table of contents.</summary>
    TableOfContentsItem,
    /// <summary>Link text, tied to its link annotation.</summary>
    Link,
    /// <summary>A table's header rows (THead).</summary>
    TableHead,
    /// <summary>A table's body rows (TBody).</summary>
    TableBody,
    /// <summary>A reference to content elsewhere: a footnote's number in the text, a contents entry's title and page number.</summary>
    Reference,
}

/// <summary>What an artifact is (PDF 1.7, 14.8.2.2): it tells a reader what it skips.</summary>
public enum ArtifactKind
{
    /// <summary>Layout decoration: rules, backgrounds, leader dots.</summary>
    Layout,
    /// <summary>Pagination that repeats a part of the content: a table's repeated header rows, a "(continued)" line.</summary>
    Pagination,
    /// <summary>A running header (and the banner at the top of the page).</summary>
    Header,
    /// <summary>A running footer (and the banner at the foot of the page).</summary>
    Footer,
    /// <summary>A watermark across the page.</summary>
    Watermark,
}

/// <summary>
/// What layout elements draw through. Coordinates are points, y downwards, relative to the current
/// translation. Structure and artifact calls bracket everything drawn, because once tagging is on
/// PDFsharp refuses any drawing outside them.
/// </summary>
public interface ICanvas
{
    /// <summary>
    /// False for a canvas that keeps only pages, anchors and outlines (the first layout pass): elements may then skip
    /// assembling what they would draw, but still make every call that moves through the document.
    /// </summary>
    bool Draws { get; }

    /// <summary>Starts a page of the given size.</summary>
    void BeginPage(double width, double height, int pageNumber);

    /// <summary>Ends the current page.</summary>
    void EndPage();

    /// <summary>Moves the origin.</summary>
    void Translate(double dx, double dy);

    /// <summary>
    /// Draws text with its baseline at <paramref name="baseline"/>. Text drawn otherwise than it is written (right-to-left
    /// text reversed to the order it is seen in, Arabic letters in their joined forms) carries the written text as
    /// <paramref name="actualText"/>, which text extraction and assistive technology read instead.
    /// </summary>
    void DrawText(string text, FontFace face, Rgb color, double x, double baseline, string? actualText = null);

    /// <summary>
    /// Sets the space added after every glyph of the text drawn from now on (PDF's character spacing, Tc), in points:
    /// a loose justified line puts part of its slack between letters. Zero sets text as measured.
    /// </summary>
    void SetLetterSpacing(double points);

    /// <summary>
    /// Draws text rotated by <paramref name="angle"/> degrees (counter-clockwise) and centred on a point, with an opacity
    /// (a watermark; 1 for a chart's rotated axis label, which PDF/A-1 needs opaque).
    /// </summary>
    void DrawRotatedText(string text, FontFace face, Rgb color, double opacity, double centerX, double centerY, double angle);

    /// <summary>Draws a PNG or JPEG image scaled into a rectangle.</summary>
    void DrawImage(ImageData image, double x, double y, double width, double height);

    /// <summary>Fills a rectangle.</summary>
    void FillRectangle(double x, double y, double width, double height, Rgb color);

    /// <summary>Strokes a line.</summary>
    void DrawLine(double x1, double y1, double x2, double y2, double thickness, Rgb color);

    /// <summary>
    /// Fills and/or strokes a vector path (a chart's lines and shapes). Like every drawing call it belongs inside a
    /// structure element or an artifact. A style that paints nothing, or an empty path, draws nothing.
    /// </summary>
    void DrawPath(CanvasPath path, PathStyle style);

    /// <summary>
    /// Fills and/or strokes the closed polygon through <paramref name="points"/> (a bar, an area). Points with a NaN or
    /// infinite coordinate are left out; fewer than two points draw nothing.
    /// </summary>
    void DrawPolygon(IReadOnlyList<PathPoint> points, PathStyle style);

    /// <summary>
    /// Fills and/or strokes a pie slice or a donut's ring segment (<see cref="CanvasArc"/>). An arc that covers
    /// nothing (no radius, no sweep, a NaN or infinite number) draws nothing.
    /// </summary>
    void DrawArc(CanvasArc arc, PathStyle style);

    /// <summary>Makes a rectangle a link: <c>#anchor</c> for a place in the document, else a URL.</summary>
    void AddLink(double x, double y, double width, double height, string target);

    /// <summary>
    /// Makes a rectangle a link, like <see cref="AddLink"/>, and opens a Link structure element for the text
    /// drawn until <see cref="EndLink"/>, so the tagged PDF ties the text to its annotation.
    /// </summary>
    void BeginLink(double x, double y, double width, double height, string target, string text);

    /// <summary>Closes the Link structure element.</summary>
    void EndLink();

    /// <summary>Marks a place that links and the table of contents can point at.</summary>
    void AddAnchor(string name, double y);

    /// <summary>Adds a bookmark for a heading at the current position.</summary>
    void AddOutline(int level, string title, string anchor, double y);

    /// <summary>Opens a structure element (tagged PDF); a figure carries its alternative text.</summary>
    void BeginStructure(StructureKind kind, int level = 0, string? altText = null);

    /// <summary>
    /// Opens a structure element that may go on over several pages (a table, a paragraph broken at a page's foot):
    /// <paramref name="key"/> is what this returned on an earlier page, or -1 the first time. The element reopens when
    /// it still can (its parent is the innermost open element), else a new one opens. Returns the key to pass next
    /// time; -1 from a canvas that does not tag.
    /// </summary>
    int ContinueStructure(int key, StructureKind kind, int level = 0, string? altText = null);

    /// <summary>Closes the innermost structure element.</summary>
    void EndStructure();

    /// <summary>Opens an artifact: page furniture that is not content.</summary>
    void BeginArtifact(ArtifactKind kind = ArtifactKind.Layout);

    /// <summary>Closes the artifact.</summary>
    void EndArtifact();
}
