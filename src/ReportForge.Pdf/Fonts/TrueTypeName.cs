using System.Buffers.Binary;
using System.Text;
using ReportForge.IO;

namespace ReportForge.Pdf.Fonts;

/// <summary>Reads a TrueType file's family name and style from its <c>name</c> and <c>OS/2</c> tables.</summary>
internal static class TrueTypeName
{
    public static (string Family, bool Bold, bool Italic)? Read(string path)
    {
        try
        {
            if (InputFiles.Open(path, ReadLimit.Font, out var opened).Problem != FileProblem.None || opened is null) return null;
            using var stream = opened;
            var header = new byte[12];
            if (stream.Read(header) != 12) return null;
            var tables = BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(4));
            var directory = new byte[tables * 16];
            if (stream.Read(directory) != directory.Length) return null;

            string? family = null;
            ushort? selection = null;
            for (var i = 0; i < tables; i++)
            {
                var entry = directory.AsSpan(i * 16);
                var tag = Encoding.ASCII.GetString(entry[..4]);
                var offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
                var length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
                if (tag == "name") family = ReadFamily(stream, offset, length);
                else if (tag == "OS/2")
                {
                    var os2 = ReadBlock(stream, offset, Math.Min(length, 64u));
                    if (os2.Length >= 64) selection = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62));
                }
            }
            if (family is null) return null;
            var fs = selection ?? 0;
            return (family, (fs & 0x20) != 0, (fs & 0x01) != 0);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    private static string? ReadFamily(Stream stream, uint offset, uint length)
    {
        var table = ReadBlock(stream, offset, length);
        if (table.Length < 6) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var stringsAt = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        string? best = null;
        for (var i = 0; i < count && 6 + i * 12 + 12 <= table.Length; i++)
        {
            var record = table.AsSpan(6 + i * 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var len = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var off = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != 1 || stringsAt + off + len > table.Length) continue;
            var raw = table.AsSpan(stringsAt + off, len);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(raw) : Encoding.Latin1.GetString(raw);
            if (platform == 3) return text;
            best ??= text;
        }
        return best;
    }

    private static byte[] ReadBlock(Stream stream, uint offset, uint length)
    {
        stream.Position = offset;
        var buffer = new byte[length];
        var read = stream.Read(buffer);
        return read == buffer.Length ? buffer : buffer[..read];
    }
}
