using DocumentFormat.OpenXml.Packaging;
using ReportForge.Theming;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Word numbering: one abstract definition for bullets and one for ordered lists, and one w:num per list
/// so every list restarts.
internal sealed class NumberingPart(StyleSheet sheet)
{
    private const int BulletAbstractId = 1;
    private const int OrderedAbstractId = 2;
    private const int Levels = 9;

    private static readonly (W.NumberFormatValues Format, string Suffix)[] OrderedFormats =
    [
        (W.NumberFormatValues.Decimal, "."),
        (W.NumberFormatValues.LowerLetter, "."),
        (W.NumberFormatValues.LowerRoman, "."),
    ];

    private readonly List<W.NumberingInstance> _instances = [];

    /// The indent of an item's text from the list's edge, where its number or bullet hangs: the PDF's.
    public int Indent(bool ordered) => Units.Twips(ordered ? sheet.OrderedListIndent : sheet.ListIndent);

    /// A new w:num for one list. Ordered lists always carry a startOverride at their level: Word otherwise
    /// continues the count of an earlier list over the same abstract definition.
    public int AddList(bool ordered, int level, int start)
    {
        var numId = _instances.Count + 1;
        var instance = new W.NumberingInstance(new W.AbstractNumId { Val = ordered ? OrderedAbstractId : BulletAbstractId })
        {
            NumberID = numId,
        };
        if (ordered)
        {
            instance.Append(new W.LevelOverride(new W.StartOverrideNumberingValue { Val = Math.Max(0, start) })
            {
                LevelIndex = Math.Clamp(level, 0, Levels - 1),
            });
        }
        _instances.Add(instance);
        return numId;
    }

    public void AddTo(MainDocumentPart mainPart)
    {
        var numbering = new W.Numbering(Abstract(BulletAbstractId, BulletLevel), Abstract(OrderedAbstractId, OrderedLevel));
        foreach (var instance in _instances)
            numbering.Append(instance);
        mainPart.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering;
    }

    private W.AbstractNum Abstract(int id, Func<int, W.Level> level)
    {
        var abstractNum = new W.AbstractNum(new W.MultiLevelType { Val = W.MultiLevelValues.HybridMultilevel })
        {
            AbstractNumberId = id,
        };
        for (var i = 0; i < Levels; i++)
            abstractNum.Append(level(i));
        return abstractNum;
    }

    private W.Level BulletLevel(int level)
    {
        var body = sheet.Body.Family;
        return Level(level, W.NumberFormatValues.Bullet, sheet.Bullets[level % sheet.Bullets.Count], Indent(ordered: false),
            new W.NumberingSymbolRunProperties(
                new W.RunFonts { Ascii = body, HighAnsi = body, ComplexScript = body },
                // The PDF draws bullets in their own colour and numbers in the text colour.
                new W.Color { Val = Units.Color(sheet.BulletColor) }));
    }

    private W.Level OrderedLevel(int level)
    {
        var (format, suffix) = OrderedFormats[level % OrderedFormats.Length];
        // Right-aligned at the first line's start, as the PDF sets numbers: each paragraph's own indents put that start
        // at its list's label edge.
        return Level(level, format, "%" + (level + 1) + suffix, Indent(ordered: true), null, W.LevelJustificationValues.Right);
    }

    private static W.Level Level(int level, W.NumberFormatValues format, string text, int indent, W.NumberingSymbolRunProperties? symbol,
        W.LevelJustificationValues? justification = null)
    {
        var result = new W.Level
        {
            LevelIndex = level,
            StartNumberingValue = new W.StartNumberingValue { Val = 1 },
            NumberingFormat = new W.NumberingFormat { Val = format },
            LevelText = new W.LevelText { Val = text },
            LevelJustification = new W.LevelJustification { Val = justification ?? W.LevelJustificationValues.Left },
            PreviousParagraphProperties = new W.PreviousParagraphProperties(new W.Indentation
            {
                Left = Units.Text(indent * (level + 1)),
                Hanging = Units.Text(indent),
            }),
        };
        if (symbol is not null)
            result.NumberingSymbolRunProperties = symbol;
        return result;
    }
}
