namespace ReportForge.IO;

/// <summary>What a path names on disk, after its symbolic links are followed.</summary>
public enum FileType
{
    /// <summary>Nothing is there.</summary>
    Missing,
    /// <summary>A regular file: the only kind ReportForge reads.</summary>
    Regular,
    /// <summary>A folder.</summary>
    Directory,
    /// <summary>A FIFO (named pipe): reading it waits for a writer, possibly for ever.</summary>
    Fifo,
    /// <summary>A character device such as <c>/dev/zero</c> or a terminal: it may never end.</summary>
    CharacterDevice,
    /// <summary>A block device (a disk).</summary>
    BlockDevice,
    /// <summary>A Unix socket.</summary>
    Socket,
    /// <summary>A symbolic link (only seen when a link changed while it was being followed).</summary>
    SymbolicLink,
    /// <summary>Something that is none of the above, or a device the platform reports without saying which kind.</summary>
    Other,
}
