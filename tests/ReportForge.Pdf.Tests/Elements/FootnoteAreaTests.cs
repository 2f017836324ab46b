using ReportForge.Pdf.Canvas;
using ReportForge.Pdf.Layout;
using ReportForge.Pdf.Layout.Elements;
using ReportForge.Pdf.Layout.Text;
using ReportForge.Pdf.Tests.Elements.Kit;
using ReportForge.Theming;

namespace ReportForge.Pdf.Tests.Elements;

/// <summary>
/// Text that cites a footnote reserves its room as it is measured; the footnote area draws the note at the foot of
/// the page under a short rule (9 pt with its gaps), and carries over what does not fit.
/// </summary>
public sealed class FootnoteAreaTests
{
    private static readonly Rgb RuleColor = new(9, 9, 9);

    private static TextBlockElement Citing(int number) =>
        Texts.Spans(new TextSpan("see", Texts.Face, default), new TextSpan("1", Texts.Face, default, Footnote: number));

    private static ElementHarness Lay(Element note, double height, out FootnoteArea area)
    {
        area = new FootnoteArea(new Dictionary<int, Element> { [1] = note }, RuleColor);
        return ElementHarness.For(new TaggedElement(Citing(1), StructureKind.Paragraph), 100, height, area);
    }

    [Fact]
    public void A_cited_note_reserves_its_room_and_is_drawn_at_the_foot_under_the_rule()
    {
        var note = FakeChild.Sized(100, 20);
        var layout = Lay(note, 100, out _);

        var plan = layout.MeasureThenDraw();

        Assert.Equal(SpacePlan.Full(20, 12) with { FootnoteHeight = 29 }, plan);
        Assert.Equal((1, 0.0, 80.0, 100.0, 20.0), Assert.Single(note.Drawn).Box);
        var rule = Assert.Single(layout.Canvas.Rectangles, r => r.Color == RuleColor);
        Assert.Equal((75.25, 33.333, 0.5), (rule.Y, Math.Round(rule.Width, 3), rule.Height));
    }

    [Fact]
    public void A_note_the_page_cannot_hold_starts_there_and_continues_at_the_foot_of_the_next()
    {
        var note = new FakeFlow(100, lines: 5);
        var layout = Lay(note, 60, out var area);

        var plans = layout.LayOut();

        // The citing line takes 12; the rest of the page (48, less the rule) holds three lines of the note.
        Assert.Equal(SpacePlan.Full(20, 12) with { FootnoteHeight = 48 }, plans[0]);
        Assert.Equal(SpacePlanKind.Empty, plans[1].Kind);
        Assert.Equal([(1, 0.0, 30.0, 100.0, 30.0), (2, 0.0, 40.0, 100.0, 20.0)], note.Drawn.Select(d => d.Box));
        Assert.False(area.HasPending);
    }

    [Fact]
    public void A_note_starts_in_room_for_two_of_its_lines_when_the_rule_is_already_paid_on_the_page()
    {
        var first = FakeChild.Sized(100, 20);
        var second = new FakeFlow(100, lines: 5);
        var area = new FootnoteArea(new Dictionary<int, Element> { [1] = first, [2] = second }, RuleColor);
        var layout = ElementHarness.For(new ColumnElement([new TaggedElement(Citing(1), StructureKind.Paragraph),
            new TaggedElement(Citing(2), StructureKind.Paragraph)]), 100, 80, area);

        var plans = layout.LayOut();

        // 80 = 12 + 9 (rule) + 20 (note 1) + 12 + 27 left: not the 20 + 9 a first note needs, but the rule is paid
        // already, so the second citing line stays and two lines of its note start here, as LibreOffice starts it;
        // the other three are at the foot of page 2.
        Assert.Equal(24, plans[0].Height);
        Assert.Equal(SpacePlanKind.Full, plans[0].Kind);
        Assert.Equal([(1, 0.0, 60.0, 100.0, 20.0), (2, 0.0, 50.0, 100.0, 30.0)], second.Drawn.Select(d => d.Box));
        Assert.False(area.HasPending);
    }

    [Fact]
    public void Two_paragraphs_citing_notes_on_one_page_reserve_the_rule_once()
    {
        var notes = new Dictionary<int, Element> { [1] = FakeChild.Sized(100, 20), [2] = FakeChild.Sized(100, 20) };
        var area = new FootnoteArea(notes, RuleColor);
        var layout = ElementHarness.For(new ColumnElement([new TaggedElement(Citing(1), StructureKind.Paragraph), new TaggedElement(Citing(2), StructureKind.Paragraph)]), 100, 200, area);

        var plan = layout.MeasureThenDraw();

        // Two lines of 12, the rule (9) and two notes of 20: not a rule for each paragraph.
        Assert.Equal(SpacePlan.Full(20, 24) with { FootnoteHeight = 49 }, plan);
        Assert.Equal([(1, 0.0, 160.0, 100.0, 20.0), (1, 0.0, 180.0, 100.0, 20.0)],
            notes.Values.Cast<FakeChild>().Select(n => Assert.Single(n.Drawn).Box));
    }

    [Fact]
    public void The_space_below_the_last_note_falls_off_the_foot_of_the_page()
    {
        var note = FakeChild.Sized(100, 20);
        var area = new FootnoteArea(new Dictionary<int, Element> { [1] = note }, RuleColor, trailingGap: 2);
        var layout = ElementHarness.For(new TaggedElement(Citing(1), StructureKind.Paragraph), 100, 100, area);

        var plan = layout.MeasureThenDraw();

        // The note's last 2 points are its space below: at the foot they lie past the page's content, as LibreOffice sets them.
        Assert.Equal(SpacePlan.Full(20, 12) with { FootnoteHeight = 27 }, plan);
        Assert.Equal((1, 0.0, 82.0, 100.0, 20.0), Assert.Single(note.Drawn).Box);
    }
}
