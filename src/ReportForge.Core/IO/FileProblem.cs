namespace ReportForge.IO;

/// <summary>Why a file was not read.</summary>
public enum FileProblem
{
    /// <summary>It was read.</summary>
    None,
    /// <summary>There is no such file.</summary>
    Missing,
    /// <summary>It leads outside the folders it must stay in: by its name, or through a symbolic link.</summary>
    OutsideRoot,
    /// <summary>It is not a regular file: a folder, FIFO, device or socket, or a loop of symbolic links.</summary>
    NotAFile,
    /// <summary>It is larger than the limit for its kind.</summary>
    TooLarge,
    /// <summary>The system refused to read it (permissions, an I/O error).</summary>
    Unreadable,
}
