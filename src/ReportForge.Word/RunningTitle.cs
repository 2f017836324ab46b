using System.Globalization;
using ReportForge.Model;
using ReportForge.Text;
using ReportForge.Theming;

namespace ReportForge.Word;

/// The title as the running header and footer show it: cut with "…" to the room the other slots leave it, as the
/// PDF cuts it, so a megabyte title is not written into every header and a long one does not push the date onto a
/// line of its own. Word lays the header out itself and no font is measured here: widths are estimated (0.55 em a
/// character, 1 em for wide East Asian ones, nothing for combining marks), and where the estimate is short Word
/// wraps the header rather than overprinting it.
internal static class RunningTitle
{
    public static DocumentMetadata Fit(RunningText slots, DocumentMetadata metadata, double lineWidth, double size)
    {
        if (metadata.Title.Length == 0) return metadata;
        var values = new RunningValues(metadata.Title, metadata.DisplayDate ?? "", metadata.Classification ?? "", 999, 999);
        var maxChars = (int)Math.Min(int.MaxValue - 1, lineWidth / (size * 0.05)) + 1;
        double Wanted(string slot)
        {
            if (slot.Length == 0) return 0;
            var text = RunningText.Expand(slot, values);
            return text.Length > maxChars ? double.PositiveInfinity : Estimate(text, size);
        }
        var (left, center, right) = (Wanted(slots.Left), Wanted(slots.Center), Wanted(slots.Right));
        var room = SlotWidths.Fit(left, center, right, lineWidth, size);
        var (slot, wanted, width) = slots.Left.Contains("{title}", StringComparison.Ordinal) ? (slots.Left, left, room.Left)
            : slots.Center.Contains("{title}", StringComparison.Ordinal) ? (slots.Center, center, room.Center)
            : slots.Right.Contains("{title}", StringComparison.Ordinal) ? (slots.Right, right, room.Right)
            : ("", 0, 0);
        if (wanted <= width) return metadata;
        var titleRoom = width - Estimate(RunningText.Expand(slot, values with { Title = "" }), size);
        var title = Ellipsis.Fit(metadata.Title, titleRoom, text => Estimate(text, size), (int)Math.Max(0, Math.Min(maxChars, titleRoom / (size * 0.05) + 1)));
        return metadata with { Title = title };
    }

    internal static double Estimate(string text, double size)
    {
        var ems = 0.0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                // Outside the basic plane: emoji and the rarer CJK ideographs, both wide.
                ems += 1;
                i++;
                continue;
            }
            ems += CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0
                : Wide(c) ? 1
                : 0.55;
        }
        return ems * size;
    }

    private static bool Wide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
