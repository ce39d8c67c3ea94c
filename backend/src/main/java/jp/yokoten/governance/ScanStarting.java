package jp.yokoten.governance;

/**
 * Fired (synchronously) just before an upload's governance scan starts. The scan is the slow part of an
 * upload and runs outside any transaction; observers can log or measure it, and tests use it to hold a scan
 * open while they show that nothing else waits for it.
 */
public record ScanStarting(String fileName) {}
