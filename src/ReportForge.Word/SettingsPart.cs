using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ReportForge.Word;

/// Document settings in the order the schema requires: Word 2013+ compatibility (mode 15), no update-fields prompt (no w:updateFields),
/// and justified lines that end in a manual line break are not stretched. With hyphenation on, automatic hyphenation with
/// at most two hyphenated lines in a row and no words in capitals, as the PDF hyphenates (paragraph styles that the PDF
/// does not hyphenate say w:suppressAutoHyphens).
internal static class SettingsPart
{
    public static void AddTo(MainDocumentPart mainPart, string language, double defaultTabStop, bool hasFootnotes, bool hyphenate)
    {
        var settings = new W.Settings(
            new W.Zoom { Percent = "100" },
            new W.DefaultTabStop { Val = (short)Units.Twips(defaultTabStop) });
        if (hyphenate)
        {
            settings.Append(
                new W.AutoHyphenation(),
                new W.ConsecutiveHyphenLimit { Val = 2 },
                new W.DoNotHyphenateCaps());
        }
        settings.Append(new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress });
        // Word names the separator notes here when a document has footnotes.
        if (hasFootnotes)
        {
            settings.Append(new W.FootnoteDocumentWideProperties(
                new W.FootnoteSpecialReference { Id = FootnotesPart.SeparatorId },
                new W.FootnoteSpecialReference { Id = FootnotesPart.ContinuationSeparatorId }));
        }
        settings.Append(
            new W.Compatibility(
                new W.DoNotExpandShiftReturn(),
                new W.CompatibilitySetting
            {
                Name = W.CompatSettingNameValues.CompatibilityMode,
                Uri = "http://schemas.microsoft.com/office/word",
                Val = "15",
            }),
            new W.ThemeFontLanguages { Val = language },
            new W.DecimalSymbol { Val = "." },
            new W.ListSeparator { Val = "," });
        mainPart.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = settings;
    }
}
