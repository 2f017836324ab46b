using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ReportForge.Text.Hyphenation;

/// <summary>
/// Finds where a word may be hyphenated, with the patterns LibreOffice uses for the language and the rules it applies
/// to a .docx that asks for automatic hyphenation (see <see cref="HyphenationRules"/>), so that our PDF and
/// LibreOffice's rendering of our .docx break the same words at the same places. The patterns of a language are read
/// the first time a document in it is laid out, then kept for the life of the process.
/// </summary>
public sealed class Hyphenator
{
    private readonly PatternLevel _top;
    private readonly Encoding _encoding;

    private Hyphenator(string language, PatternLevel top, Encoding encoding)
    {
        Language = language;
        _top = top;
        _encoding = encoding;
    }

    /// <summary>The patterns' language: "en-US", "en-GB", "fr" or "de".</summary>
    public string Language { get; }

    /// <summary>
    /// The hyphenator for a document's culture ("en-US", "en-GB", "fr-CA", "de-AT"...), or null for a language we have
    /// no patterns for: English other than British uses the US patterns. Thread-safe; each language loads once.
    /// </summary>
    public static Hyphenator? ForCulture(string? culture) => HyphenatorCache.Shared.For(culture);

    /// <summary>
    /// Where <paramref name="word"/> (letters only: no spaces or surrounding punctuation) may break: each number is the
    /// count of characters before a break. Empty for a word too short, in capitals, or without a hyphenation point.
    /// </summary>
    public IReadOnlyList<int> Points(string word)
    {
        if (!HyphenationRules.MayHyphenate(word)) return [];
        // English, French and German lowercase as the invariant culture does (no dotless i).
        var lower = word.Replace('\u2019', '\'').ToLowerInvariant();
        if (lower.Length != word.Length) return [];
        // LibreOffice counts the minimum word length in the dictionary's encoding (UTF-8 bytes for most).
        var bytes = _encoding.GetByteCount(lower);
        if (bytes < HyphenationRules.MinimumWordLength) return [];
        if (_encoding.CodePage == 28591) lower = ToLatin1(lower);

        var levels = new byte[lower.Length];
        PatternWalk.Hyphenate(_top, lower, levels);

        List<int>? points = null;
        for (var i = 0; i < levels.Length; i++)
        {
            // LibreOffice's own check after the library's: the leading and trailing minimums of the paragraph.
            if ((levels[i] & 1) != 0 && i >= HyphenationRules.MinimumLeading - 1 && bytes - i - 1 >= HyphenationRules.MinimumTrailing)
                (points ??= []).Add(i + 1);
        }
        return points ?? (IReadOnlyList<int>)[];
    }

    private static string ToLatin1(string text)
    {
        // Characters the dictionary's encoding lacks become "?", as LibreOffice converts them.
        if (text.All(c => c <= '\u00FF')) return text;
        return string.Create(text.Length, text, static (chars, t) =>
        {
            for (var i = 0; i < t.Length; i++) chars[i] = t[i] <= '\u00FF' ? t[i] : '?';
        });
    }

    internal static (string Language, string File)? ResourceFor(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture)) return null;
        var parts = culture.Replace('_', '-').Split('-');
        var language = parts[0].ToLowerInvariant();
        var region = parts.Length > 1 ? parts[^1].ToUpperInvariant() : "";
        return language switch
        {
            "en" when region == "GB" => ("en-GB", "hyph_en_GB.dic.gz"),
            "en" => ("en-US", "hyph_en_US.dic.gz"),
            "fr" => ("fr", "hyph_fr.dic.gz"),
            "de" => ("de", "hyph_de_DE.dic.gz"),
            _ => null,
        };
    }

    internal static Hyphenator Load(string language, string file)
    {
        var assembly = typeof(Hyphenator).Assembly;
        using var stream = assembly.GetManifestResourceStream("ReportForge.Core.hyphenation/" + file)
            ?? throw new InvalidOperationException($"hyphenation patterns {file} are not embedded");
        // The gzip trailer gives the unpacked size: one array of it, not a stream doubling its way up (this runs while
        // a report is laid out, so its garbage is collected with the report's).
        Span<byte> size = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(size);
        stream.Seek(0, SeekOrigin.Begin);
        var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(size)];
        using (var unzipped = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)) unzipped.ReadExactly(bytes);
        var newline = Array.IndexOf(bytes, (byte)'\n');
        var charset = Encoding.ASCII.GetString(bytes, 0, Math.Max(0, newline)).Trim();
        var encoding = charset == "UTF-8" ? (Encoding)new UTF8Encoding(false) : Encoding.Latin1;
        var top = PatternFile.Read(encoding.GetString(bytes));
        return new Hyphenator(language, top, encoding);
    }
}
