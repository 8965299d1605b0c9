package dev.ide.core.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The plain words that confirm or refuse a pending draft without asking a model (product §1.6). */
final class ConfirmationWords {

    private static final Set<String> CONFIRM = Set.of("확인", "예", "네", "응", "좋아", "yes", "y", "ok");
    private static final Set<String> REFUSE = Set.of("취소", "아니", "아니요", "no", "n");

    private ConfirmationWords() {
    }

    /** TRUE for a confirmation, FALSE for a refusal, empty for anything else. */
    static Optional<Boolean> read(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s.!~?。！？]+$", "").strip();
        if (CONFIRM.contains(word)) {
            return Optional.of(Boolean.TRUE);
        }
        if (REFUSE.contains(word)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }
}
