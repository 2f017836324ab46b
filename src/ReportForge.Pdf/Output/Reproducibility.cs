using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace ReportForge.Pdf.Output;

/// <summary>
/// PDFsharp output is not byte-reproducible by itself: random subset tags, document IDs, XMP IDs
/// and dates. These fixes derive each from the content so identical input gives identical bytes.
/// </summary>
internal static partial class Reproducibility
{
    public static void BeforeSave(PdfDocument document, DateTimeOffset timestamp, string seed)
    {
        document.Info.CreationDate = timestamp.UtcDateTime;
        document.Info.ModificationDate = timestamp.UtcDateTime;
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0, 16);
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary) continue;
            foreach (var key in new[] { "/BaseFont", "/FontName" })
            {
                var name = dictionary.Elements.GetName(key);
                if (name.Length > 8 && name[7] == '+' && SubsetTag().IsMatch(name[1..7]))
                    dictionary.Elements.SetName(key, "/" + StableTag(name[8..]) + "+" + name[8..]);
            }
        }
    }

    /// <summary>
    /// Replaces the random XMP document and instance IDs with ones derived from <paramref name="seed"/>, in place
    /// (they keep their length), in the first <paramref name="length"/> bytes of <paramref name="pdf"/>.
    /// </summary>
    public static void AfterSave(byte[] pdf, int length, string seed)
    {
        var text = pdf.AsSpan(0, length);
        var count = 0;
        for (var at = text.IndexOf("uuid:"u8); at >= 0; at = FlateRepair.IndexOf(text, "uuid:"u8, at + 1))
        {
            var id = text.Slice(at + 5, Math.Min(36, text.Length - at - 5));
            if (!IsGuid(id)) continue;
            Encoding.ASCII.GetBytes(Uuid(seed + "/" + count++), id);
        }
    }

    /// <summary>A UUID (8-4-4-4-12 lowercase hexadecimal digits) derived from <paramref name="seed"/>: the same seed, the same UUID.</summary>
    public static string Uuid(string seed)
    {
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed))).ToLowerInvariant();
        return $"{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
    }

    // 8-4-4-4-12 hexadecimal digits.
    private static bool IsGuid(ReadOnlySpan<byte> id)
    {
        if (id.Length != 36) return false;
        for (var i = 0; i < 36; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? id[i] != '-' : !char.IsAsciiHexDigit((char)id[i])) return false;
        }
        return true;
    }

    private static string StableTag(string fontName)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(fontName));
        var tag = new char[6];
        for (var i = 0; i < 6; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }

    [GeneratedRegex("^[A-Z]{6}$")]
    private static partial Regex SubsetTag();

}
