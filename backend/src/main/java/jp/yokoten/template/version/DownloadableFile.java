package jp.yokoten.template.version;

import jp.yokoten.file.StoredFile;

/** What the download endpoint needs to stream a version's file with the right headers. */
public record DownloadableFile(StoredFile file, String fileName, String mediaType) {}
