package dev.ide.tools.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.List;

/** Address headers (From, To, Cc) as people read them: {@code 김철수 <kim@example.com>}. */
final class MailAddresses {

    private MailAddresses() {
    }

    /** Each address of a raw header, decoded; an unparsable header is returned as one decoded line. */
    static List<String> display(String rawHeader) {
        if (rawHeader == null || rawHeader.isBlank()) {
            return List.of();
        }
        String decoded = EncodedWords.decodeAddressList(rawHeader);
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(decoded, false);
            List<String> result = new ArrayList<>(parsed.length);
            for (InternetAddress address : parsed) {
                result.add(display(address));
            }
            return result.isEmpty() ? List.of(EncodedWords.decode(rawHeader).trim()) : result;
        } catch (AddressException unparsable) {
            return List.of(EncodedWords.decode(rawHeader).trim());
        }
    }

    private static String display(InternetAddress address) {
        String personal = address.getPersonal();
        String email = address.getAddress();
        if (personal == null || personal.isBlank() || personal.equalsIgnoreCase(email)) {
            return email == null ? "" : email;
        }
        return email == null || email.isBlank() ? personal.trim() : personal.trim() + " <" + email + ">";
    }
}
