using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using ReportForge.Model;

namespace ReportForge.Word;

/// One image part per distinct picture and owning part, with sequential relationship ids (rIdImage1, …) so the
/// bytes are reproducible; a picture used twice in one part shares its image part.
internal sealed class ImageParts
{
    private readonly Dictionary<(OpenXmlPart Owner, string Hash), string> _ids = [];

    public string IdFor(ImageData image, OpenXmlPart owner)
    {
        var key = (owner, image.Format + "|" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(image.Bytes.Span)));
        if (_ids.TryGetValue(key, out var id))
            return id;
        id = "rIdImage" + (_ids.Count(k => k.Key.Owner == owner) + 1).ToString(CultureInfo.InvariantCulture);
        var type = image.Format == ImageFormat.Png ? ImagePartType.Png : ImagePartType.Jpeg;
        var part = owner switch
        {
            MainDocumentPart main => main.AddImagePart(type, id),
            DocumentFormat.OpenXml.Packaging.FootnotesPart footnotes => footnotes.AddImagePart(type, id),
            HeaderPart header => header.AddImagePart(type, id),
            FooterPart footer => footer.AddImagePart(type, id),
            _ => throw new InvalidOperationException($"pictures cannot go into {owner.GetType().Name}"),
        };
        using (var stream = image.OpenRead())
            part.FeedData(stream);
        _ids.Add(key, id);
        return id;
    }
}
