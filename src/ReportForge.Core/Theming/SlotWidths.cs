namespace ReportForge.Theming;

/// <summary>The widths each slot of a running header or footer may take.</summary>
public readonly record struct SlotWidths(double Left, double Center, double Right)
{
    /// <summary>
    /// How wide each slot may be on a line <paramref name="lineWidth"/> wide, given the widths the slots want: left
    /// starts at the line's start, right ends at its end, centre is centred, and <paramref name="gap"/> keeps them
    /// apart. While some slot runs into another, the widest such slot is cut to the room the others leave it (but not
    /// below a fair share of the line: half beside one other slot, a third for the centre), so a long title gives way
    /// to the date rather than printing over it. Slots that fit keep the width they want.
    /// </summary>
    public static SlotWidths Fit(double left, double center, double right, double lineWidth, double gap)
    {
        var widths = new[] { Math.Min(left, lineWidth), Math.Min(center, lineWidth), Math.Min(right, lineWidth) };
        double Room(int slot) => slot switch
        {
            0 => widths[1] > 0 ? (lineWidth - widths[1]) / 2 - gap : widths[2] > 0 ? lineWidth - widths[2] - gap : lineWidth,
            2 => widths[1] > 0 ? (lineWidth - widths[1]) / 2 - gap : widths[0] > 0 ? lineWidth - widths[0] - gap : lineWidth,
            _ => widths[0] > 0 || widths[2] > 0 ? lineWidth - 2 * (Math.Max(widths[0], widths[2]) + gap) : lineWidth,
        };
        for (var round = 0; round < 4; round++)
        {
            var widest = -1;
            for (var slot = 0; slot < 3; slot++)
            {
                if (widths[slot] > 0 && widths[slot] > Room(slot) && (widest < 0 || widths[slot] > widths[widest])) widest = slot;
            }
            if (widest < 0) break;
            // Never below a fair share while another slot is as long: two long slots split the line between them.
            var third = (lineWidth - 2 * gap) / 3;
            var share = widest == 1 ? third : widths[1] > 0 ? (lineWidth - Math.Min(widths[1], third)) / 2 - gap : (lineWidth - gap) / 2;
            widths[widest] = Math.Max(0, Math.Max(Room(widest), Math.Min(widths[widest], share)));
        }
        return new SlotWidths(widths[0], widths[1], widths[2]);
    }
}
