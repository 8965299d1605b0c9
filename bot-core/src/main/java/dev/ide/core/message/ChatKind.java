package dev.ide.core.message;

/** Private chats may use the owner's private tools; groups and channels may not. */
public enum ChatKind {
    PRIVATE,
    GROUP
}
