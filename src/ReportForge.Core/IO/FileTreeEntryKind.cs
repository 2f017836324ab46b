namespace ReportForge.IO;

/// <summary>What a walk met at one name.</summary>
public enum FileTreeEntryKind
{
    /// <summary>Something that is not a folder, or a link to one inside the roots. Reading it still checks its type.</summary>
    File,
    /// <summary>A folder, or a link to a folder inside the roots: the walk goes in, unless it has been there already.</summary>
    Folder,
    /// <summary>A symbolic link that leads outside the roots: not followed.</summary>
    LinkOutside,
    /// <summary>A symbolic link that leads nowhere, or round in a loop: not followed.</summary>
    LinkBroken,
}
