using System.Globalization;
using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Fonts;
using ReportForge.Theming;

namespace ReportForge.Pdf.Layout.Elements;

/// <summary>
/// One entry of a table of contents: the heading's text indented by level, dot leaders, and the page
/// number right-aligned, taken from the first pass's page map; the whole entry links to the heading.
/// The number column has a fixed width, so both passes lay the entry out alike. Never splits. In a
/// <see cref="TocElement"/>, entry <c>index</c> of <c>nesting</c>'s levels nests the deeper entries after it.
/// </summary>
public sealed class TocEntryElement(TextBlockElement title, string anchor, double indent, FontFace numberFace, Rgb color,
    TocNesting? nesting = null, int index = 0) : Element
{
    private const double Gap = 6;
    private bool _drawn;

    /// <inheritdoc />
    public override void Attach(LayoutContext context)
    {
        base.Attach(context);
        title.Attach(context);
    }

    private double NumberColumn => Context.Measurer.Width("0000", numberFace);

    private Size TitleSpace(Size available) => new(Math.Max(1, available.Width - indent - NumberColumn - Gap), available.Height);

    /// <inheritdoc />
    public override SpacePlan Measure(Size available)
    {
        if (_drawn) return SpacePlan.Empty;
        var plan = title.Measure(TitleSpace(available));
        return plan.Kind switch
        {
            SpacePlanKind.Full => SpacePlan.Full(available.Width, plan.Height),
            SpacePlanKind.Wrap => SpacePlan.WrapBecause(plan.Reason),
            _ => SpacePlan.WrapBecause($"the contents entry does not fit whole in {LayoutContext.Left(available)}"),
        };
    }

    /// <inheritdoc />
    public override void Draw(Size available)
    {
        var canvas = Context.Canvas;
        var space = TitleSpace(available);
        var lines = title.Lines(space.Width);
        var height = lines.Sum(l => l.Height);
        var last = lines[^1];
        var lastTop = height - last.Height;

        // The whole entry links to the heading; tagged, the link holds the title's text and is named by it. A TOCI may
        // hold a Reference but not a Link (ISO 32000-1, table 333; Matterhorn 09-006): the Reference holds the link and
        // the page number.
        nesting?.Enter(canvas, index);
        var item = canvas.ContinueStructure(-1, StructureKind.TableOfContentsItem);
        canvas.BeginStructure(StructureKind.Reference);
        canvas.BeginLink(0, 0, available.Width, height, "#" + anchor, string.Concat(lines.SelectMany(l => l.Fragments).Select(f => f.Text)));
        canvas.Translate(indent, 0);
        title.Draw(space);
        canvas.Translate(-indent, 0);
        canvas.EndLink();

        var measurer = Context.Measurer;
        var number = Context.PageMap.TryGetValue(anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
        var numberWidth = measurer.Width(number, numberFace);
        var baseline = lastTop + last.Baseline;
        canvas.DrawText(number, numberFace, color, available.Width - numberWidth, baseline);

        // Leaders end at the same x on every entry, so their dots line up down the page.
        var dot = measurer.Width(" .", numberFace);
        var leaderEnd = available.Width - NumberColumn - Gap / 2;
        var leaderStart = indent + last.Width + Gap / 2;
        var count = (int)Math.Floor((leaderEnd - leaderStart) / dot);
        if (count > 0)
        {
            // Leaders are decoration: not read out.
            canvas.BeginArtifact();
            canvas.DrawText(string.Concat(Enumerable.Repeat(" .", count)), numberFace, color, leaderEnd - count * dot, baseline);
            canvas.EndArtifact();
        }
        canvas.EndStructure();
        if (nesting?.Nest(canvas, index, item) != true) canvas.EndStructure();
        _drawn = true;
    }
}
