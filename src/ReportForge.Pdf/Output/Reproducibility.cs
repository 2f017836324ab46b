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

    /// <summary>Replaces the random XMP document and instance IDs with ones of the same length.</summary>
    public static byte[] AfterSave(byte[] pdf, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var count = 0;
        var fixedText = XmpUuid().Replace(text, m =>
        {
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed + "/" + count++))).ToLowerInvariant();
            var guid = $"{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}";
            return m.Groups[1].Value + guid;
        });
        return count == 0 ? pdf : Encoding.Latin1.GetBytes(fixedText);
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

    [GeneratedRegex("(uuid:)[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();
}
