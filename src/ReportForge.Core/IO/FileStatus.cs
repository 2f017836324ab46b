namespace ReportForge.IO;

/// <summary>What a path names, without opening it and without following a final symbolic link.</summary>
internal static class FileStatus
{
    public static (FileType Type, long Size) Of(string path)
    {
        if (LinuxFiles.Available && LinuxFiles.Status(path) is { } native) return (native.Type, native.Size);
        return Portable(path);
    }

    // .NET cannot tell a FIFO or a device from an empty regular file on Unix; those are caught after opening
    // (a handle that cannot seek) and by the size limit of the read (a device that never ends).
    private static (FileType, long) Portable(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null) return (FileType.SymbolicLink, 0);
            if (Directory.Exists(path)) return (FileType.Directory, 0);
            if (!info.Exists) return (FileType.Missing, 0);
            if ((info.Attributes & FileAttributes.Device) != 0) return (FileType.Other, 0);
            return (FileType.Regular, info.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (FileType.Missing, 0);
        }
    }
}
