using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;

namespace ReportForge.Word;

/// One image part per distinct picture, with sequential relationship ids (rIdImage1, …) so the bytes are
/// reproducible; a picture used twice shares its part.
internal sealed class ImageParts(MainDocumentPart mainPart)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string IdFor(ImageData image)
    {
        var key = image.Format + "|" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(image.Bytes));
        if (_ids.TryGetValue(key, out var id))
            return id;
        id = "rIdImage" + (_ids.Count + 1).ToString(CultureInfo.InvariantCulture);
        var type = image.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg;
        var part = mainPart.AddImagePart(type, id);
        using (var stream = new MemoryStream(image.Bytes, writable: false))
            part.FeedData(stream);
        _ids.Add(key, id);
        return id;
    }
}
