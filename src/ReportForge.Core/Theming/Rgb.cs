namespace ReportForge.Theming;

/// <summary>An RGB colour parsed from #rrggbb.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    /// <summary>Parses #rrggbb (or rrggbb); throws <see cref="FormatException"/> for anything else.</summary>
    public static Rgb Parse(string hex) =>
        TryParse(hex, out var colour) ? colour : throw new FormatException($"'{hex}' is not a colour of the form #rrggbb");

    /// <summary>Parses #rrggbb (or rrggbb), six hexadecimal digits.</summary>
    public static bool TryParse(string? hex, out Rgb colour)
    {
        colour = default;
        var h = hex is not null && hex.StartsWith('#') ? hex[1..] : hex;
        if (h is not { Length: 6 } || !h.All(char.IsAsciiHexDigit)) return false;
        var v = int.Parse(h, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        colour = new((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    /// <summary>#rrggbb, lower case, as themes write it.</summary>
    public override string ToString() => $"#{R:x2}{G:x2}{B:x2}";

    /// <summary>rrggbb without the hash, upper case (as Word wants it).</summary>
    public string Hex => $"{R:X2}{G:X2}{B:X2}";
}
