using System.Globalization;
using PdfSharp.Pdf;
using ReportForge.Diagnostics;
using ReportForge.Model;
using ReportForge.Pdf.Building;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Fonts.Shaping;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Pdf.Output;
using ReportForge.Runtime;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf;

/// <summary>The laid-out document: page count and what the Word document repeats (where each anchor landed, each table's
/// column widths).</summary>
public sealed record PdfLayout(int PageCount, LayoutFacts Facts)
{
    /// <summary>Anchor → 1-based page.</summary>
    public IReadOnlyDictionary<string, int> PageMap => Facts.PageMap;
}

/// <summary>A written PDF and its layout.</summary>
public sealed record PdfOutput(byte[] Bytes, PdfLayout Layout);

/// <summary>How the PDF is written.</summary>
public sealed record PdfWriterOptions
{
    /// <summary>
    /// The standards the PDF meets. PDF/A-1 goes through PDFsharp's <c>SetPdfA()</c> (output intent, PDF 1.4); it allows
    /// no transparency, so the watermark is drawn opaque in the colour it would show over white paper (with a warning)
    /// and an image with an alpha channel is an error. PDF/UA-1 makes an image without alternative text an error. Either
    /// writes its identification into the XMP metadata (<see cref="XmpPacket"/>).
    /// </summary>
    public PdfStandard Standard { get; init; }

    /// <summary>
    /// Called once the first pass has laid the document out, before the drawing pass: what needs only its facts
    /// (the Word document's contents and table widths) can start then, on another core.
    /// </summary>
    public Action<PdfLayout>? LaidOut { get; init; }

    /// <summary>
    /// Wraps the canvas the drawing pass draws on: the seam through which the benchmarks and tests record that pass
    /// (a canvas log drawn beside the PDF) without the library carrying the recorder.
    /// </summary>
    internal Func<ICanvas, ICanvas>? DrawingCanvas { get; init; }
}

/// <summary>Lays out the document model with the theme and writes it as PDF through PDFsharp.</summary>
public static class PdfReportWriter
{
    /// <summary>Runs the layout only (no PDF): page count, page map and table column widths, for the Word writer.</summary>
    public static Result<PdfLayout> Layout(Document document, Theme theme) => Layout(document, theme, lines: null);

    /// <summary>Measures a list label in the theme's body text as the layout does, for the Word document's label columns;
    /// safe to call from another thread while a layout runs.</summary>
    /// <param name="theme">The theme whose body text the labels are set in.</param>
    public static Func<string, double> LabelWidth(Theme theme)
    {
        var face = PdfStyles.Face(new StyleSheet(theme).Body);
        return label => PdfSharpMeasurer.Shared.Width(label, face);
    }

    /// <summary>Loads the theme's usual fonts (body text in its three styles, bold headings, code) so that the first layout finds
    /// them read; safe to call from another thread while a layout runs.</summary>
    /// <param name="theme">The theme whose fonts are loaded.</param>
    public static void Prepare(Theme theme)
    {
        var size = theme.Sizes.Body;
        var faces = new[]
        {
            new FontFace(theme.Fonts.Body, false, false, size), new FontFace(theme.Fonts.Body, true, false, size),
            new FontFace(theme.Fonts.Body, false, true, size), new FontFace(theme.Fonts.Headings, true, false, size),
            new FontFace(theme.Fonts.Mono, false, false, size),
        };
        foreach (var face in faces.Distinct())
        {
            if (FontCatalog.Instance.HasFamily(face.Family)) PdfSharpMeasurer.Shared.Width("x", face);
        }
    }

    private static Result<PdfLayout> Layout(Document document, Theme theme, LineCache? lines)
    {
        theme = theme.Localized(document.Metadata.Strings);
        var check = CheckFonts(theme);
        if (check.Count > 0) return Result<PdfLayout>.Fail(check);
        var setup = Setup(document, theme);
        var canvas = new RecordingCanvas { RecordDrawing = false };
        var columnWidths = new Dictionary<Table, IReadOnlyList<double>>(ReferenceEqualityComparer.Instance);
        var pass = DocumentComposer.Compose(Build(document, theme, columnWidths), canvas, PdfSharpMeasurer.Shared, setup, totalPages: 0, lines: lines);
        if (pass.Error is not null) return Result<PdfLayout>.Fail(LayoutError(pass, document));
        var map = canvas.Anchors.ToDictionary(kv => kv.Key, kv => kv.Value.Page, StringComparer.Ordinal);
        var warnings = pass.MissingCharacters.Select(c => MissingGlyph(c, theme, setup.FontFallbacks)).ToList();
        if (pass.Unjoined is { } letter) warnings.Add(Unjoined(letter));
        warnings.AddRange(Unshaped(pass, theme, setup.FontFallbacks));
        return Result<PdfLayout>.Ok(new PdfLayout(pass.PageCount, new LayoutFacts(map, columnWidths)), warnings);
    }

    /// <summary>Lays out in two passes (the second knows the page count) and writes the PDF.</summary>
    public static Result<PdfOutput> Write(Document document, Theme theme, PdfWriterOptions? options = null)
    {
        options ??= new PdfWriterOptions();
        theme = theme.Localized(document.Metadata.Strings);
        var standard = options.Standard;
        var problems = PdfStandardCheck.Check(document, standard);
        if (problems.Any(p => p.Severity == Severity.Error)) return Result<PdfOutput>.Fail(problems);
        var lines = new LineCache();
        var layout = Layout(document, theme, lines);
        if (!layout.Succeeded) return layout.Cast<PdfOutput>();
        if (standard.IsPdfA && layout.Diagnostics.Where(d => d.Code == ErrorCodes.GlyphMissing).ToList() is { Count: > 0 } missing)
            return Result<PdfOutput>.Fail(missing.Select(PdfStandardCheck.NoGlyph).ToList());
        // Memory is handed back after the drawing pass, not here: the first pass's garbage is young, the drawing pass
        // reuses the line breaks it keeps, and the peak is set while saving either way.
        options.LaidOut?.Invoke(layout.Value);

        var metadata = document.Metadata;
        var pdf = NewDocument(metadata, standard);
        var canvas = new PdfSharpCanvas(pdf, AnnotationDate(metadata), tagged: true);
        var setup = Setup(document, theme);
        if (standard.IsPdfA && setup.Furniture.Watermark is { } watermark)
        {
            if (watermark.Opacity < 1) problems.Add(PdfStandardCheck.OpaqueWatermark(watermark));
            setup = setup with { Furniture = setup.Furniture with { Watermark = watermark.Opaque() } };
        }
        lines.Filling = false;
        var target = options.DrawingCanvas is { } wrap ? wrap(canvas) : canvas;
        var pass = DocumentComposer.Compose(Build(document, theme), target, PdfSharpMeasurer.Shared, setup, layout.Value.PageCount, layout.Value.PageMap,
            lines: lines);
        if (pass.Error is not null) return Result<PdfOutput>.Fail(LayoutError(pass, document));
        StageMemory.Release();

        return Result<PdfOutput>.Ok(new PdfOutput(Save(pdf, canvas, metadata, pass.PageCount, standard), layout.Value),
            [.. layout.Diagnostics, .. problems]);
    }

    /// <summary>
    /// Lets <paramref name="draw"/> draw pages onto a new document set up as <see cref="Write(Document, Theme, PdfWriterOptions?)"/>
    /// sets it up, and saves it the same way: the seam through which the floor benchmark replays a recorded drawing
    /// pass with no layout. Untagged, structure calls draw nothing.
    /// </summary>
    internal static byte[] Draw(DocumentMetadata metadata, bool pdfA, int pageCount, bool tagged, Action<ICanvas> draw)
    {
        // The catalog registers itself as PDFsharp's font resolver; Write has done so by measuring before it draws.
        _ = FontCatalog.Instance;
        var standard = pdfA ? PdfStandard.A1a : PdfStandard.None;
        var pdf = NewDocument(metadata, standard);
        var canvas = new PdfSharpCanvas(pdf, AnnotationDate(metadata), tagged);
        draw(canvas);
        return Save(pdf, canvas, metadata, pageCount, standard);
    }

    private static PdfDocument NewDocument(DocumentMetadata metadata, PdfStandard standard)
    {
        var pdf = new PdfDocument();
        pdf.Info.Title = metadata.Title;
        if (metadata.Author is { } author) pdf.Info.Author = author;
        if (metadata.Subject is { } subject) pdf.Info.Subject = subject;
        if (metadata.Keywords.Count > 0) pdf.Info.Keywords = string.Join(", ", metadata.Keywords);
        pdf.Info.Creator = "ReportForge";
        pdf.PageLayout = PdfPageLayout.SinglePage;
        pdf.PageMode = PdfPageMode.UseOutlines;
        if (standard.IsPdfA)
        {
            pdf.SetPdfA();
            pdf.Version = 14; // PDF/A-1 is based on PDF 1.4
        }
        // PDF/UA-1 alone stays at PDFsharp's PDF 1.7, the version ISO 14289-1 is based on. Both want the title shown.
        if (!standard.IsNone) pdf.ViewerPreferences.DisplayDocTitle = true;
        // After SetPdfA(), which sets the language to English.
        pdf.Language = metadata.Language;
        return pdf;
    }

    private static string AnnotationDate(DocumentMetadata metadata) =>
        "D:" + metadata.Timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";

    /// <summary>
    /// Saves a drawn document: the same bytes for the same document, every Flate stream complete. Under PDF/A-1 (which
    /// needs them; later parts deprecate them) each embedded CID font gets its CIDSet; under any standard the XMP packet
    /// declares it.
    /// </summary>
    internal static byte[] Save(PdfDocument pdf, PdfSharpCanvas canvas, DocumentMetadata metadata, int pageCount, PdfStandard standard)
    {
        var seed = metadata.Title + "|" + metadata.Timestamp.ToUnixTimeSeconds() + "|" + pageCount;
        // Tab order follows the structure on every page of a tagged file (PDF/UA-1 asks it of pages with annotations).
        if (canvas.Structure is not null)
        {
            foreach (var page in pdf.Pages) page.Elements.SetName("/Tabs", "/S");
        }
        Reproducibility.BeforeSave(pdf, metadata.Timestamp, seed);
        // Room for a typical page up front (the structure tree is not in it): the stream does not double its way up
        // through copies of the file.
        using var stream = new MemoryStream(64 * 1024 + pageCount * 5 * 1024);
        pdf.Save(stream, false);
        Reproducibility.AfterSave(stream.GetBuffer(), (int)stream.Length, seed);
        // PDFsharp writes its own XMP packet while saving; a standard's identification replaces it whole.
        if (!standard.IsNone) XmpPacket.Replace(stream, XmpPacket.Write(pdf, metadata, standard, seed));
        var buffer = stream.GetBuffer();
        var length = (int)stream.Length;
        // The structure tree and the CIDSets go in after PDFsharp's objects, once their numbers are known.
        FlateRepair.IAppendix? append = canvas.Structure;
        if (standard.IsPdfA) append = append is null ? new CidSets() : new FlateRepair.Appendices(append, new CidSets());
        return FlateRepair.Repair(buffer, length, append);
    }

    internal static DocumentComposer.Content Build(Document document, Theme theme,
        Dictionary<Table, IReadOnlyList<double>>? columnWidths = null)
    {
        var styles = new PdfStyles(theme);
        var builder = new BlockBuilder(styles, document, columnWidths);
        // The title block, then the document's blocks, each built as the layout reaches it.
        var body = new ColumnElement(document.Blocks.Count + 1, i => i == 0 ? TitleBlockBuilder.Build(document.Metadata, styles) : Reached(builder, document,
            i - 1));
        return new DocumentComposer.Content(body, FootnoteBuilder.Build(document.Footnotes, builder));
    }

    // Each block the layout reaches is where a budget error points; the stage's budget is checked there.
    private static Element Reached(BlockBuilder builder, Document document, int index)
    {
        StageBudget.Check(document.OriginOf(index));
        return builder.Block(document.Blocks[index]);
    }

    internal static DocumentComposer.PageSetup Setup(Document document, Theme theme)
    {
        var (width, height) = theme.Page.Dimensions;
        var p = theme.Page;
        var metadata = document.Metadata;
        var banner = theme.Banner.Enabled ? metadata.Classification : null;
        var furniture = new PageFurniture(theme.Header, theme.Footer,
            new FontFace(theme.Fonts.Body, false, false, theme.Sizes.Small), theme.Colors.Muted,
            banner, theme.Banner.ColorFor(banner ?? ""), theme.Banner.TextColor,
            p.MarginLeft, p.MarginRight, p.MarginTop, p.MarginBottom, Watermark(metadata, theme));
        return new DocumentComposer.PageSetup(width, height, p.MarginLeft, p.MarginTop,
            new Size(width - p.MarginLeft - p.MarginRight, height - p.MarginTop - p.MarginBottom),
            furniture, metadata.Title, metadata.DisplayDate ?? "", metadata.Classification ?? "")
        {
            // A fallback that is not installed is no error: it only serves characters the theme's own fonts lack.
            FontFallbacks = new InstalledFamilies(theme.Fonts.Fallbacks),
        };
    }

    private static WatermarkStyle? Watermark(DocumentMetadata metadata, Theme theme)
    {
        var text = metadata.Watermark ?? theme.Watermark.Text;
        if (string.IsNullOrWhiteSpace(text)) return null;
        var w = theme.Watermark;
        return new WatermarkStyle(text, new FontFace(theme.Fonts.Headings, true, false, w.Size), w.Color, w.Opacity);
    }

    private static List<Diagnostic> CheckFonts(Theme theme)
    {
        var catalog = FontCatalog.Instance;
        return new[] { ("body", theme.Fonts.Body), ("headings", theme.Fonts.Headings), ("mono", theme.Fonts.Mono) }
            .Where(f => !catalog.HasFamily(f.Item2))
            .Select(f => new Diagnostic(ErrorCodes.FontMissing, Severity.Error,
                $"fonts.{f.Item1}: the font family '{f.Item2}' is neither built in nor installed (built in: Liberation Sans, Liberation Mono)",
                theme.Fonts.Places.GetValueOrDefault(f.Item1)))
            .ToList();
    }

    private static Diagnostic MissingGlyph(int codePoint, Theme theme, IReadOnlyList<string> fallbacks)
    {
        var shown = char.IsControl((char)Math.Min(codePoint, 0xFFFF)) ? "" : $" '{char.ConvertFromUtf32(codePoint)}'";
        var tried = string.Join(", ", new[] { theme.Fonts.Body }.Concat(fallbacks).Distinct());
        return new Diagnostic(ErrorCodes.GlyphMissing, Severity.Warning,
            $"the character U+{codePoint:X4}{shown} is in no font ({tried}); it shows as an empty box. "
            + "Install a font that has it and add it to fonts.fallbacks in theme.json");
    }

    private static Diagnostic Unjoined(int codePoint) => new(ErrorCodes.UnjoinedLetters, Severity.Warning,
        $"the text holds letters the PDF layout does not join (first: U+{codePoint:X4} '{char.ConvertFromUtf32(codePoint)}'; "
        + "Syriac, N'Ko, Mandaic and the rarer Arabic letters); " +
        "the PDF sets them right to left but each letter on its own, so words look broken there. The Word document shows them joined");

    // A script that needs shaping is drawn unshaped when no font has its letters (each also has its RF1303) or when
    // the shaping library cannot be loaded: one warning per script, naming it.
    private static IEnumerable<Diagnostic> Unshaped(DocumentComposer.ComposeResult pass, Theme theme, IReadOnlyList<string> fallbacks)
    {
        foreach (var script in pass.ShapedScripts)
        {
            if (pass.MissingCharacters.Any(c => ComplexScripts.ScriptOf(c) == script))
            {
                var tried = string.Join(", ", new[] { theme.Fonts.Body }.Concat(fallbacks).Distinct());
                yield return new Diagnostic(ErrorCodes.ScriptWithoutFont, Severity.Warning,
                    $"the {script} text cannot be shaped: no font ({tried}) has its letters, so they show as empty boxes. "
                    + $"Install a font for it (such as Noto Sans {script}, Debian's fonts-noto-core) and add it to fonts.fallbacks in theme.json");
            }
            else if (!TextShaper.Available)
            {
                yield return new Diagnostic(ErrorCodes.ShapingUnavailable, Severity.Warning,
                    $"the {script} text is drawn unshaped (letters apart, vowel signs out of place): the shaping library libHarfBuzzSharp "
                    + $"could not be loaded ({TextShaper.Failure}). Reinstall reportforge so that libHarfBuzzSharp.so is beside it. "
                    + "The Word document is right");
            }
        }
    }

    // The root column's children are the title block and then the document's blocks: a block that did not fit is named
    // by where it came from, when it came from markup.
    private static Diagnostic LayoutError(DocumentComposer.ComposeResult pass, Document document)
    {
        return pass.Unfitting is int index && document.OriginOf(index - 1) is { } origin
            ? new Diagnostic(ErrorCodes.LayoutImpossible, Severity.Error, $"{pass.Error} (markup line {origin.MarkupLine})", origin.Location)
            : new Diagnostic(ErrorCodes.LayoutImpossible, Severity.Error, pass.Error!);
    }
}
