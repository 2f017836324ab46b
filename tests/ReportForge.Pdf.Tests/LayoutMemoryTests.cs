using System.Runtime.CompilerServices;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests;

/// <summary>A long document keeps no layout of the pages it has finished (issue 7: memory does not grow with layout state).</summary>
public sealed class LayoutMemoryTests
{
    [Fact]
    public void Paragraphs_on_finished_pages_are_let_go_while_later_pages_are_drawn()
    {
        var (body, early) = Paragraphs(200);
        var probe = new Probe(early);
        var canvas = new RecordingCanvas { RecordDrawing = false };
        var result = DocumentComposer.Compose(new DocumentComposer.Content(new ColumnElement([body, probe]), new FootnoteArea(new Dictionary<int, Element>(), new Rgb(0, 0, 0))),
            canvas, PdfSharpMeasurer.Shared, Setup(), totalPages: 0);

        Assert.Null(result.Error);
        Assert.True(result.PageCount > 10, $"{result.PageCount} pages: too few to tell");
        Assert.True(probe.Checked);
        // The probe is drawn on the last page; the first pages' paragraphs (and their lines) are garbage by then.
        Assert.Equal(0, probe.StillAlive);
    }

    [Fact]
    public void A_finished_paragraph_measures_empty_without_breaking_its_lines_again()
    {
        var block = new TextBlockElement([new TextSpan("Short text.", Face, new Rgb(0, 0, 0))], TextAlignment.Left, 1.2);
        var measurer = new CountingMeasurer(PdfSharpMeasurer.Shared);
        var canvas = new RecordingCanvas();
        block.Attach(new LayoutContext(canvas, measurer, new Size(400, 600), null));
        canvas.BeginPage(595, 842, 1);
        canvas.BeginStructure(StructureKind.Paragraph);
        block.Draw(new Size(400, 600));
        var calls = measurer.Calls;

        Assert.Equal(SpacePlanKind.Empty, block.Measure(new Size(400, 600)).Kind);
        Assert.Equal(calls, measurer.Calls);
    }

    [Fact]
    public void A_rewound_paragraph_such_as_a_table_header_draws_again()
    {
        var block = new TextBlockElement([new TextSpan("Header", Face, new Rgb(0, 0, 0))], TextAlignment.Left, 1.2);
        var canvas = new RecordingCanvas();
        block.Attach(new LayoutContext(canvas, PdfSharpMeasurer.Shared, new Size(400, 600), null));
        canvas.BeginPage(595, 842, 1);
        canvas.BeginStructure(StructureKind.TableHeaderCell);
        for (var page = 0; page < 3; page++)
        {
            block.Rewind();
            Assert.Equal(SpacePlanKind.Full, block.Measure(new Size(400, 600)).Kind);
            block.Draw(new Size(400, 600));
        }
        Assert.Equal(3, canvas.Texts.Count(t => t.Text == "Header"));
    }

    private static readonly FontFace Face = new("Liberation Sans", false, false, 10);

    // Built out of line, so no local of the test method keeps a paragraph alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ColumnElement Body, List<WeakReference> Early) Paragraphs(int count)
    {
        var words = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i}"));
        var blocks = Enumerable.Range(0, count).Select(i => new TextBlockElement([new TextSpan($"p{i} {words}", Face, new Rgb(0, 0, 0))], TextAlignment.Justify, 1.3)).ToList();
        return (new ColumnElement([.. blocks.Select(b => new TaggedElement(b, StructureKind.Paragraph))]), blocks.Take(20).Select(b => new WeakReference(b)).ToList());
    }

    private static DocumentComposer.PageSetup Setup()
    {
        var furniture = new PageFurniture(new RunningText(), new RunningText(), Face, new Rgb(0, 0, 0), null, new Rgb(0, 0, 0), new Rgb(0, 0, 0), 50, 50, 50, 50, null);
        return new DocumentComposer.PageSetup(595, 842, 50, 50, new Size(495, 742), furniture, "t", "", "");
    }

    /// <summary>An empty element drawn last: it counts how many of the early paragraphs are still reachable.</summary>
    private sealed class Probe(List<WeakReference> early) : Element
    {
        public bool Checked { get; private set; }
        public int StillAlive { get; private set; }

        public override SpacePlan Measure(Size available) => Checked ? SpacePlan.Empty : SpacePlan.Full(0, 0);

        public override void Draw(Size available)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            StillAlive = early.Count(w => w.IsAlive);
            Checked = true;
        }
    }

    private sealed class CountingMeasurer(ITextMeasurer inner) : ITextMeasurer
    {
        public int Calls { get; private set; }
        public double Width(string text, FontFace face) { Calls++; return inner.Width(text, face); }
        public double Width(string text, int start, int length, FontFace face) { Calls++; return inner.Width(text, start, length, face); }
        public (double Ascent, double Descent) VerticalMetrics(FontFace face) { Calls++; return inner.VerticalMetrics(face); }
        public bool HasGlyph(FontFace face, int codePoint) => inner.HasGlyph(face, codePoint);
    }
}
