package dev.ide.tools.documents;

/** Size and modification time of a file: when both are unchanged, the file is not read again. */
record FileStamp(long size, long mtimeMillis) {
}
